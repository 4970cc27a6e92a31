using ZoneBot.Host.Bot;

namespace ZoneBot.Host.Hosting;

/// <summary>The web host: POST /api/messages and GET /healthz on http://localhost:3978 by default.</summary>
public static class WebHost
{
    public static WebApplication Build(string[] args)
    {
        // The settings are the repository's root appsettings.json, which the build copies beside the executable.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddZoneBot(builder.Configuration);
        builder.Services.AddBotFrameworkEndpoint();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapBotEndpoints();
        app.MapHealthChecks("/healthz");
        return app;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        await Build(args).RunAsync(ct);
        return 0;
    }
}
