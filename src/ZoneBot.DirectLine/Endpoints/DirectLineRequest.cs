using Microsoft.Net.Http.Headers;

namespace ZoneBot.DirectLine.Endpoints;

/// <summary>What every Direct Line call shares: the bearer token, the error shape, reading a body up to a limit.</summary>
public static class DirectLineRequest
{
    /// <summary>The most a Direct Line JSON body other than an activity may weigh (token and conversation requests).</summary>
    public const int MaxSmallBodyBytes = 4 * 1024;

    /// <summary>The bearer token of the request as the client sent it (the scheme checks it; answers echo it back).</summary>
    public static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>
    /// ProblemDetails (status, title, detail) that also carry Direct Line's error shape, <c>"error": {"code": "...", "message": "..."}</c>,
    /// which Direct Line clients read.
    /// </summary>
    public static IResult Error(int statusCode, string code, string message) =>
        Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = statusCode,
            Title = code,
            Detail = message,
            Extensions = { ["error"] = new { code, message } },
        });

    public static IResult TooLarge(long limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The request is larger than the {limit} bytes allowed here.");

    /// <summary>The body as text, or null when it is larger than <paramref name="limit"/> bytes (whatever Content-Length claimed).</summary>
    public static async Task<string?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }
            body.Write(chunk, 0, read);
        }
        return System.Text.Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
    }
}
