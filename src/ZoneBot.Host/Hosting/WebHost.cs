using Microsoft.Extensions.Options;
using ZoneBot.Host.Bot;
using ZoneBot.DirectLine;
using ZoneBot.DirectLine.Endpoints;
using ZoneBot.Host.Telemetry;
using ZoneBot.Host.WebChat;
using ZoneBot.WeCom;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// The web host on http://localhost:3978 by default: POST /api/messages, the chat page at / on ZoneBot's own Direct Line
/// (/v3/directline/...), GET /healthz (and /healthz/live, /healthz/ready); the chat endpoints rate-limited, request bodies
/// limited; the metrics on the management port when one is set.
/// </summary>
public static class WebHost
{
    /// <param name="configure">For tests: a last word on the builder (a logger that captures, say).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The settings and services every verb has too (ZoneBotHost); then the HTTP side.
        var builder = ZoneBotHost.CreateWebBuilder(args);
        builder.AddManagementPort();
        builder.Services.AddBotFrameworkEndpoint();
        builder.Services.AddWeCom(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddZoneBotRateLimits();
        builder.Services.AddHostedService<OpenEndpointWarning>();
        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddHostedService<DevelopmentSmsWarning>();
        // No body may be larger than an upload; each endpoint limits its own further (activities: 256 KB).
        builder.Services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<DirectLineOptions>>((kestrel, directLine) => kestrel.Limits.MaxRequestBodySize = directLine.Value.MaxUploadBytes + 64 * 1024);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseTrustedProxies();
        // Metrics on the management port only, and nothing of the chat there.
        app.UseManagementPort();
        app.UseExceptionHandler();
        app.UseUnreadableBodyAnswers();
        // Before the rate limiter, which limits a Direct Line user by their token; a call without a valid one still counts per address.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseStaticFiles();
        app.MapChatPage();
        app.MapBotEndpoints();
        app.MapDirectLine();
        app.MapWeCom();
        app.MapZoneBotHealthChecks();
        return app;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        await Build(args).RunAsync(ct);
        return 0;
    }
}
