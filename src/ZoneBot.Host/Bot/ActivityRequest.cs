using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using System.Text.Json;
using ZoneBot.DirectLine.Endpoints;

namespace ZoneBot.Host.Bot;

/// <summary>
/// Reads and checks a POST /api/messages body before the adapter sees it, so that malformed input gets a 400 (a body too
/// large a 413) that says what is wrong instead of an exception deep in the SDK. The body is parsed here once: the
/// adapter is handed the activity, not the request to read again.
/// </summary>
public static class ActivityRequest
{
    /// <summary>The most an activity may weigh, here and on the Direct Line.</summary>
    public const int MaxBodyBytes = ActivityShape.MaxActivityBytes;

    /// <returns>
    /// The activity and its sender (channel and from.id, for the per-user rate limit) when the body is a JSON object
    /// with a type and a conversation; otherwise what is wrong with it.
    /// </returns>
    public static async Task<ActivityCheck> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            return ActivityCheck.TooLarge;
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBodyBytes;
        }
        string body;
        try
        {
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            body = await reader.ReadToEndAsync(ct);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ActivityCheck.TooLarge;
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's MinRequestBodyDataRate: a body that trickles in gets 408.
            return new ActivityCheck(exception.StatusCode, "The body could not be read: " + exception.Message, null);
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            return ActivityCheck.Bad("The body is empty; an activity is expected.");
        }
        if (body.Length > MaxBodyBytes)
        {
            return ActivityCheck.TooLarge;
        }
        JsonDocument json;
        try
        {
            json = ActivityJson.Parse(body);
        }
        catch (JsonException)
        {
            return ActivityCheck.Bad("The body is not valid JSON.");
        }
        using (json)
        {
            var activity = json.RootElement;
            if (ActivityShape.Problem(body, activity, addressedByChannel: true, out var read) is { } problem)
            {
                return ActivityCheck.Bad(problem);
            }
            var sender = $"{ActivityShape.Property(activity, "channelId")}/{ActivityShape.Property(ActivityShape.Property(activity, "from"), "id")}";
            return new ActivityCheck(StatusCodes.Status200OK, null, sender) { Activity = read };
        }
    }
}

/// <summary>The outcome of <see cref="ActivityRequest.ReadAsync"/>: a problem with its status code, or the activity and its sender.</summary>
public sealed record ActivityCheck(int StatusCode, string? Problem, string? Sender)
{
    public Activity? Activity { get; init; }

    public static readonly ActivityCheck TooLarge = new(StatusCodes.Status413PayloadTooLarge, "The activity is too large.", null);

    public static ActivityCheck Bad(string problem) => new(StatusCodes.Status400BadRequest, problem, null);
}
