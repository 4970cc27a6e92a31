using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ZoneBot.WeCom.Tests.Fake;

/// <summary>
/// A local WeCom API on a loopback port, following the published protocol of the calls ZoneBot makes: gettoken,
/// message/send, media/get, kf/sync_msg and kf/send_msg, with WeCom's error codes (40014 a token it never issued,
/// 42001 an expired one, 45009 a rate limit). Tests read what was sent and can make the next calls fail.
/// </summary>
public sealed class FakeWeCom : IAsyncLifetime
{
    public const string CorpId = "ww1436e0e65a779aee";
    public const string Secret = "app-secret-for-tests";
    public const int AgentId = 1000002;

    private readonly ConcurrentDictionary<string, bool> _validTokens = new();
    private readonly ConcurrentDictionary<string, (string ContentType, byte[] Content)> _media = new();
    private readonly List<JsonObject> _kfMessages = [];
    private int _tokenCount;
    private int _rateLimitedCalls;
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>How many times gettoken issued a token.</summary>
    public int TokensIssued => _tokenCount;

    /// <summary>Every app message accepted by message/send, in order.</summary>
    public ConcurrentQueue<SentMessage> Sent { get; } = new();

    /// <summary>Every customer-service message accepted by kf/send_msg.</summary>
    public ConcurrentQueue<JsonObject> KfSent { get; } = new();

    /// <summary>The tokens issued so far stop working: the next call with one gets 42001.</summary>
    public void ExpireTokens()
    {
        foreach (var token in _validTokens.Keys)
        {
            _validTokens[token] = false;
        }
    }

    /// <summary>The next <paramref name="calls"/> calls to message/send get 45009.</summary>
    public void RateLimitNext(int calls) => Interlocked.Exchange(ref _rateLimitedCalls, calls);

    public string AddMedia(string contentType, byte[] content)
    {
        var id = "media-" + Guid.NewGuid().ToString("N");
        _media[id] = (contentType, content);
        return id;
    }

    public void AddKfMessage(JsonObject message)
    {
        lock (_kfMessages)
        {
            _kfMessages.Add(message);
        }
    }

    /// <summary>Waits until message/send has accepted at least <paramref name="count"/> messages for the user.</summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(string userId, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var messages = Sent.Where(message => message.ToUser == userId).ToList();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }
            await Task.Delay(50);
        }
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/cgi-bin/gettoken", (string? corpid, string? corpsecret) =>
        {
            if (corpid != CorpId || corpsecret != Secret)
            {
                return Error(40001, "invalid credential");
            }
            var token = $"token-{Interlocked.Increment(ref _tokenCount)}-{Guid.NewGuid():N}";
            _validTokens[token] = true;
            return Results.Json(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["access_token"] = token, ["expires_in"] = 7200 });
        });
        _app.MapPost("/cgi-bin/message/send", async (HttpRequest request) =>
        {
            if (TokenError(request) is { } error)
            {
                return error;
            }
            if (Interlocked.Decrement(ref _rateLimitedCalls) >= 0)
            {
                return Error(45009, "api freq out of limit");
            }
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            if (body["msgtype"]?.GetValue<string>() != "text" || body["agentid"]?.GetValue<int>() != AgentId)
            {
                return Error(40008, "invalid message type or agentid");
            }
            Sent.Enqueue(new SentMessage(body["touser"]!.GetValue<string>(), body["text"]!["content"]!.GetValue<string>()));
            return Results.Json(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["invaliduser"] = "", ["msgid"] = Guid.NewGuid().ToString("N") });
        });
        _app.MapGet("/cgi-bin/media/get", (HttpRequest request, string? media_id) =>
        {
            if (TokenError(request) is { } error)
            {
                return error;
            }
            return media_id is not null && _media.TryGetValue(media_id, out var file)
                ? Results.File(file.Content, file.ContentType, media_id + ".jpg")
                : Error(40007, "invalid media_id");
        });
        _app.MapPost("/cgi-bin/kf/sync_msg", async (HttpRequest request) =>
        {
            if (TokenError(request) is { } error)
            {
                return error;
            }
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            var cursor = int.TryParse(body["cursor"]?.GetValue<string>(), out var from) ? from : 0;
            var limit = body["limit"]?.GetValue<int>() ?? 1000;
            JsonArray list;
            int next;
            lock (_kfMessages)
            {
                var page = _kfMessages.Skip(cursor).Take(limit).ToList();
                list = [.. page.Select(message => (JsonNode)message.DeepClone())];
                next = cursor + page.Count;
            }
            bool more;
            lock (_kfMessages)
            {
                more = next < _kfMessages.Count;
            }
            return Results.Json(new JsonObject
            {
                ["errcode"] = 0, ["errmsg"] = "ok", ["next_cursor"] = next.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["has_more"] = more ? 1 : 0, ["msg_list"] = list,
            });
        });
        _app.MapPost("/cgi-bin/kf/send_msg", async (HttpRequest request) =>
        {
            if (TokenError(request) is { } error)
            {
                return error;
            }
            KfSent.Enqueue((await JsonNode.ParseAsync(request.Body))!.AsObject());
            return Results.Json(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["msgid"] = Guid.NewGuid().ToString("N") });
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private IResult? TokenError(HttpRequest request)
    {
        var token = request.Query["access_token"].ToString();
        return _validTokens.TryGetValue(token, out var valid)
            ? valid ? null : Error(42001, "access_token expired")
            : Error(40014, "invalid access_token");
    }

    private static IResult Error(int code, string message) => Results.Json(new JsonObject { ["errcode"] = code, ["errmsg"] = message });
}

/// <summary>An app message the fake accepted.</summary>
public sealed record SentMessage(string ToUser, string Content);
