using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ZoneBot.Host.Tests.Alerts;

/// <summary>
/// A tiny stand-in for a channel's connector service and a WeCom group robot, on a loopback port: it
/// records what the bot posts to /v3/conversations/{id}/activities (proactive messages) and to /webhook.
/// </summary>
public sealed class FakeChannelService : IAsyncDisposable
{
    private WebApplication? _app;

    public ConcurrentQueue<(string ConversationId, JsonObject Activity)> Activities { get; } = new();

    public ConcurrentQueue<JsonObject> WebhookPosts { get; } = new();

    public string Url { get; private set; } = string.Empty;

    /// <summary>The TCP connections the proactive messages came over.</summary>
    public ConcurrentDictionary<string, int> Connections { get; } = new();

    /// <summary>Requests to anything else: a test failing on a delivery says what the bot asked for.</summary>
    public ConcurrentQueue<string> Unexpected { get; } = new();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v3/conversations/{conversationId}/activities", async (string conversationId, HttpRequest request) =>
        {
            var activity = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            Connections.AddOrUpdate(request.HttpContext.Connection.Id, 1, (_, count) => count + 1);
            Activities.Enqueue((conversationId, activity));
            return Results.Ok(new { id = Guid.NewGuid().ToString("N") });
        });
        _app.MapPost("/webhook", async (HttpRequest request) =>
        {
            WebhookPosts.Enqueue((await JsonNode.ParseAsync(request.Body))!.AsObject());
            return Results.Ok(new { errcode = 0, errmsg = "ok" });
        });
        _app.MapFallback((HttpRequest request) =>
        {
            Unexpected.Enqueue(request.Method + " " + request.Path);
            return Results.NotFound();
        });
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>Waits until <paramref name="found"/> holds, for at most 15 seconds.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> found)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!found() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        return found();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
