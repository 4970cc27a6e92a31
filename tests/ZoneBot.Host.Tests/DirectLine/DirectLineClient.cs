using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ZoneBot.Host.Tests.DirectLine;

/// <summary>
/// A Direct Line client with nothing but HttpClient, as any client would speak the protocol: one browser, so to
/// speak (its own cookies), holding one token at a time.
/// </summary>
public sealed class DirectLineClient : IDisposable
{
    private readonly HttpClient _http;

    public DirectLineClient(Uri server)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server };
    }

    public string Token { get; set; } = string.Empty;
    public string ConversationId { get; set; } = string.Empty;
    public string Watermark { get; private set; } = string.Empty;

    /// <summary>POST /tokens/generate; keeps the token and its conversation.</summary>
    public async Task<JsonObject> GenerateAsync(object? body = null)
    {
        var response = await _http.PostAsJsonAsync("/v3/directline/tokens/generate", body ?? new { locale = "zh-CN" });
        response.EnsureSuccessStatusCode();
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Token = (string)answer["token"]!;
        ConversationId = (string)answer["conversationId"]!;
        return answer;
    }

    /// <summary>A new token and the start of its conversation: what a page does first.</summary>
    public static async Task<DirectLineClient> ConnectAsync(Uri server)
    {
        var client = new DirectLineClient(server);
        await client.GenerateAsync();
        (await client.StartAsync()).EnsureSuccessStatusCode();
        return client;
    }

    public Task<HttpResponseMessage> StartAsync(string? token = null) =>
        SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, JsonContent.Create(new { user = new { id = "whoever" }, locale = "zh-CN" }));

    public Task<HttpResponseMessage> RefreshAsync(string? token = null) => SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? conversationId = null, string? token = null) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities", token, JsonContent.Create(activity));

    public Task<HttpResponseMessage> GetActivitiesAsync(string watermark, string? conversationId = null, string? token = null) =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities?watermark={watermark}", token);

    /// <summary>Says something, as Web Chat does (with its own clientActivityID); returns the server's id for it.</summary>
    public async Task<string> SayAsync(string text, string? clientActivityId = null)
    {
        var response = await PostActivityAsync(Message(text, clientActivityId ?? Guid.NewGuid().ToString("N")));
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    /// <summary>The activities after the last watermark this client read, and the new watermark kept.</summary>
    public async Task<IReadOnlyList<JsonObject>> ReadNewAsync()
    {
        var response = await GetActivitiesAsync(Watermark);
        response.EnsureSuccessStatusCode();
        var set = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Watermark = (string)set["watermark"]!;
        return [.. set["activities"]!.AsArray().Select(activity => activity!.AsObject())];
    }

    /// <summary>What the bot said since the last read, as one text.</summary>
    public async Task<string> BotSaidAsync() =>
        string.Join("\n", (await ReadNewAsync()).Where(FromBot).Select(activity => (string?)activity["text"]));

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        var bearer = token ?? Token;
        if (bearer.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return _http.SendAsync(request);
    }

    public static JsonObject Message(string text, string clientActivityId) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["locale"] = "zh-CN",
        ["from"] = new JsonObject { ["id"] = "r_webchat", ["role"] = "user" },
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
    };

    public static bool FromBot(JsonObject activity) => (string?)activity["from"]?["role"] == "bot";

    /// <summary>The claims of a token, as Web Chat reads them (IdentityModel reads the JWT; nothing is checked here).</summary>
    public static JsonObject ClaimsOf(string token)
    {
        var jwt = new JsonWebToken(token);
        return new JsonObject
        {
            ["user"] = jwt.GetPayloadValue<string>("user"),
            ["conv"] = jwt.GetPayloadValue<string>("conv"),
            ["iss"] = jwt.Issuer,
            ["exp"] = jwt.GetPayloadValue<long>("exp"),
        };
    }

    public void Dispose() => _http.Dispose();
}
