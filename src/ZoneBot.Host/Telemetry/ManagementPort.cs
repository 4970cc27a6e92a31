using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace ZoneBot.Host.Telemetry;

/// <summary>
/// The management port (<see cref="ManagementOptions"/>): the server listens on it beside the public addresses, and
/// a request is a management request by the local port it came in on, never by its Host header, which the client
/// writes. There the metrics and the health endpoints are served and nothing else; on the public port the metrics
/// path is unknown (404).
/// </summary>
public static class ManagementPort
{
    public static WebApplicationBuilder AddManagementPort(this WebApplicationBuilder builder)
    {
        var management = builder.Configuration.GetSection(ManagementOptions.Section).Get<ManagementOptions>() ?? new ManagementOptions();
        if (management.Addresses.Count == 0)
        {
            return builder;
        }
        // Kestrel's own default when nothing is configured; appsettings.json sets Urls.
        var urls = builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
        var publicUrls = string.IsNullOrWhiteSpace(urls) ? ["http://localhost:5000"]
            : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.WebHost.UseUrls([.. publicUrls, .. management.Addresses]);
        return builder;
    }

    public static WebApplication UseManagementPort(this WebApplication app)
    {
        var management = app.Services.GetRequiredService<IOptions<ManagementOptions>>().Value;
        var ports = management.Ports;
        if (ports.Count == 0)
        {
            return app;
        }
        bool OnManagementPort(HttpContext http) => ports.Contains(http.Connection.LocalPort);

        app.UseOpenTelemetryPrometheusScrapingEndpoint(http => OnManagementPort(http) && http.Request.Path.Equals(management.MetricsPath, StringComparison.OrdinalIgnoreCase));
        app.Use((http, next) =>
        {
            if (OnManagementPort(http) && !http.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }
            return next(http);
        });
        return app;
    }
}
