using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ZoneBot.Benchmarks.Floor;

/// <summary>
/// The floor: what the Bot Framework itself costs per turn on this machine. The same ASP.NET Core, the same
/// CloudAdapter and authentication (empty settings: local use) and the same expectReplies as ZoneBot's host;
/// only the bot differs. `load` runs it as a child process (the `floor` verb) so its memory and CPU are its own.
/// </summary>
public static class FloorHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        // CloudAdapter's two public constructors confuse the container: build it by hand.
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(provider => new CloudAdapter(
            provider.GetRequiredService<BotFrameworkAuthentication>(), provider.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, EchoBot>();

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));
        app.MapGet("/healthz", () => "Healthy");
        return app;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        await Build(args).RunAsync(ct);
        return 0;
    }
}
