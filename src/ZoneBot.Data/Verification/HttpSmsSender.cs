using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ZoneBot.Domain;

namespace ZoneBot.Data.Verification;

/// <summary>
/// An SMS gateway over HTTP (<c>Sms:Sender</c> = <c>http</c>): one JSON POST to <c>Sms:Url</c>, with
/// <c>Authorization: Bearer Sms:ApiKey</c>:
/// <code>{"phone":"13805741234","template":"Sms:Template","params":{"code":"123456","minutes":"10"}}</code>
/// Any 2xx answer is taken as sent, unless its JSON body carries a non-zero <c>code</c> or <c>errcode</c>
/// (the way Chinese gateways report a refusal with 200). Most gateways take this shape, or a small adapter
/// in front of them does.
/// </summary>
public sealed class HttpSmsSender(HttpClient client, SmsOptions options) : ISmsSender
{
    public async Task SendCodeAsync(SmsCode message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new JsonObject
        {
            ["phone"] = message.Phone,
            ["template"] = options.Template,
            ["params"] = new JsonObject { ["code"] = message.Code, ["minutes"] = message.ValidMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url) { Content = JsonContent.Create(body) };
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        }
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, ct);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new SmsException("The SMS gateway could not be reached: " + exception.Message, exception);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new SmsException($"The SMS gateway answered {(int)response.StatusCode}: {Shorten(text)}");
            }
            if (ErrorCode(text) is { } code && code != "0")
            {
                throw new SmsException($"The SMS gateway refused the message: {Shorten(text)}");
            }
        }
    }

    private static string? ErrorCode(string text)
    {
        try
        {
            var node = JsonNode.Parse(text);
            return (node?["code"] ?? node?["errcode"])?.ToJsonString().Trim('"');
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
