using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ZoneBot.WeCom.Api;

/// <summary>
/// The calls ZoneBot makes to the WeCom API (qyapi.weixin.qq.com, or <see cref="WeComOptions.ApiBaseUrl"/>): app
/// messages by user id (message/send) and the media a user sent (media/get). Each call carries the cached
/// access_token; when WeCom says it expired (42001) or is not valid (40014) a new one is fetched and the call made once more.
/// Any other error code is a <see cref="WeComApiException"/>: the caller decides whether to try again later.
/// </summary>
public sealed class WeComApi(IHttpClientFactory clients, WeComAccessTokens tokens, IOptions<WeComOptions> options)
{
    public const string ClientName = "wecom";

    /// <summary>Where the API is: the serviceUrl of the activities of WeCom conversations.</summary>
    public string BaseUrl => options.Value.ApiBase.ToString();

    /// <summary>A text app message to one user of the corp (touser is their UserID).</summary>
    public Task SendTextAsync(string userId, string content, CancellationToken ct) =>
        PostAsync("cgi-bin/message/send", new JsonObject
        {
            ["touser"] = userId,
            ["msgtype"] = "text",
            ["agentid"] = options.Value.AgentId,
            ["text"] = new JsonObject { ["content"] = content },
        }, ct);

    /// <summary>A file a user sent (an image's MediaId), with its content type and file name.</summary>
    public async Task<WeComDownload> GetMediaAsync(string mediaId, CancellationToken ct)
    {
        var limit = options.Value.MaxImageBytes;
        return await WithTokenAsync(async token =>
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.GetAsync(
                $"cgi-bin/media/get?access_token={Uri.EscapeDataString(token)}&media_id={Uri.EscapeDataString(mediaId)}",
                HttpCompletionOption.ResponseHeadersRead, ct);
            response.EnsureSuccessStatusCode();
            var contentType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
            if (contentType is "application/json" or "text/plain")
            {
                // An error comes back as JSON instead of the file.
                ThrowIfError(await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct), "media/get");
                throw new WeComApiException(-1, "media/get answered JSON without an error code.");
            }
            if (response.Content.Headers.ContentLength > limit)
            {
                throw new WeComApiException(-1, "media/get: the file is larger than WeCom:MaxImageBytes.");
            }
            var content = await ReadAtMostAsync(response.Content, limit, ct);
            var name = response.Content.Headers.ContentDisposition?.FileName?.Trim('"') is { Length: > 0 } fileName ? Path.GetFileName(fileName) : mediaId;
            return new WeComDownload(name, contentType, content);
        }, ct);
    }

    /// <summary>POSTs a JSON body with the access_token; an error code in the answer is thrown.</summary>
    public Task<JsonNode> PostAsync(string path, JsonObject body, CancellationToken ct) =>
        WithTokenAsync(async token =>
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.PostAsJsonAsync($"{path}?access_token={Uri.EscapeDataString(token)}", body, ct);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<JsonNode>(ct) ?? throw new WeComApiException(-1, $"{path} answered nothing.");
            ThrowIfError(answer, path);
            return answer;
        }, ct);

    private async Task<T> WithTokenAsync<T>(Func<string, Task<T>> call, CancellationToken ct)
    {
        var token = await tokens.GetAsync(ct);
        try
        {
            return await call(token);
        }
        catch (WeComApiException error) when (error.IsTokenExpired)
        {
            tokens.Invalidate(token);
            return await call(await tokens.GetAsync(ct));
        }
    }

    private static void ThrowIfError(JsonNode? answer, string path)
    {
        var code = answer?["errcode"]?.GetValue<int>() ?? 0;
        if (code != 0)
        {
            throw new WeComApiException(code, $"{path} failed: {code} {answer?["errmsg"]?.GetValue<string>()}");
        }
    }

    private static async Task<byte[]> ReadAtMostAsync(HttpContent content, int limit, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new WeComApiException(-1, "media/get: the file is larger than WeCom:MaxImageBytes.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
