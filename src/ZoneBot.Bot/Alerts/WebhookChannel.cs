using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ZoneBot.Bot.Alerts;

/// <summary>
/// The WeCom group robot: POST <c>{"msgtype":"text","text":{"content":"..."}}</c>. Text, not markdown: an alert
/// carries what a firm typed, and markdown would turn its <c>[点此登记](http://...)</c> into a live link. It answers
/// 200 with <c>{"errcode":0}</c> when it took the message; anything else is a failure to retry.
/// </summary>
public sealed class WebhookChannel(IHttpClientFactory clients) : IWebhookChannel
{
    public const string ClientName = "webhooks";

    public async Task SendAsync(string url, string message, CancellationToken ct)
    {
        var body = new JsonObject { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = message } };
        using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(url, body, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The webhook answered {(int)response.StatusCode}: {Shorten(text)}");
        }
        if (TryErrorCode(text) is { } code && code != 0)
        {
            throw new HttpRequestException($"The webhook refused the message: {Shorten(text)}");
        }
    }

    private static long? TryErrorCode(string text)
    {
        try
        {
            return JsonNode.Parse(text)?["errcode"]?.GetValue<long>();
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];
}
