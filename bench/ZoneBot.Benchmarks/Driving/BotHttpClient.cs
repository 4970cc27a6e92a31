using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>
/// Posts a message to /api/messages with deliveryMode expectReplies, so the replies come back in the HTTP
/// response (the Emulator's and the host tests' way, no channel service needed). Kept cheap, since the driver
/// shares the machine's cores with the bot it measures.
/// </summary>
public sealed class BotHttpClient(HttpClient http)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An HttpClient for many concurrent users of one loopback server.</summary>
    public static HttpClient CreateHttp(Uri baseAddress, TimeSpan requestTimeout) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseAddress,
            Timeout = requestTimeout,
        };

    /// <exception cref="WrongReplyException">Not a 200 with a JSON body.</exception>
    public async Task<BotReply> SayAsync(string conversationId, string userId, string text, CancellationToken ct)
    {
        using var content = new ByteArrayContent(Activity(conversationId, userId, text));
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync("api/messages", content, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new WrongReplyException($"HTTP {(int)response.StatusCode} to “{text}”");
        }
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        try
        {
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: ct);
            return BotReply.From(json.RootElement);
        }
        catch (JsonException)
        {
            throw new WrongReplyException($"no JSON replies to “{text}”");
        }
    }

    private static byte[] Activity(string conversationId, string userId, string text)
    {
        using var buffer = new MemoryStream(512);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", Guid.NewGuid().ToString("N"));
            json.WriteString("channelId", "bench");
            json.WriteString("serviceUrl", ChannelService.Url);
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteString("locale", "zh-CN");
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("name", "用户");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "bot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteString("text", text);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
