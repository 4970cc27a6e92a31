using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ZoneBot.Data;
using ZoneBot.Data.Telemetry;

namespace ZoneBot.Host.Telemetry;

/// <summary>
/// OpenTelemetry for the web host and the verbs alike: traces (a span per turn, SQL, HTTP in and out), metrics (ours,
/// ASP.NET Core's, the runtime's) and logs, sent by OTLP when an endpoint is set, and the metrics also in Prometheus'
/// format on the management port (<see cref="ManagementPort"/>).
/// </summary>
public static class TelemetryServices
{
    /// <summary>ASP.NET Core's and .NET's own meters worth watching beside ours.</summary>
    private static readonly string[] FrameworkMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting",
        "Microsoft.AspNetCore.Diagnostics", "System.Net.Http",
    ];

    /// <summary>The tag combinations a metric stream keeps apart.</summary>
    internal const int MetricSeriesLimit = 200;

    public static IHostApplicationBuilder AddZoneBotTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ManagementOptions>().Bind(builder.Configuration.GetSection(ManagementOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ZoneBotMetrics>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TurnTelemetryMiddleware>();

        // Read here, not through IOptions: the exporters are chosen while the services are being described.
        var settings = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithMetrics(metrics => metrics
                .AddMeter(ZoneBotMetrics.Name)
                .AddMeter(FrameworkMeters)
                .AddRuntimeInstrumentation()
                // OpenTelemetry allocates every stream's points up front (2,000 by default, ~150 KB each, about 50 streams):
                // no meter here has more than a few dozen tag combinations; more go to the overflow series.
                .AddView(_ => new MetricStreamConfiguration { CardinalityLimit = MetricSeriesLimit })
                .AddPrometheusExporter(prometheus =>
                    // Every scrape reads the meters as they are now: a scraper asks seldom, and a reply cached for
                    // a few hundred milliseconds would show a ticket filed just before it as not filed yet.
                    prometheus.ScrapeResponseCacheDurationMilliseconds = 0));

        // Traces and logs only go somewhere by OTLP: without an endpoint they are not made at all, which costs a turn nothing.
        var standardEndpoint = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (settings.Endpoint is null && !standardEndpoint)
        {
            return builder;
        }
        telemetry
            .WithTracing(tracing => tracing
                .AddSource(ZoneBotMetrics.Name)
                // Probes and scrapes come every few seconds and say nothing about the chat.
                .AddAspNetCoreInstrumentation(http => http.Filter = context => !context.Request.Path.StartsWithSegments("/healthz")
                    && !context.Request.Path.StartsWithSegments("/metrics"))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithLogging();
        if (settings.Endpoint is { } endpoint)
        {
            telemetry.UseOtlpExporter(settings.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc, endpoint);
        }
        else
        {
            // The standard variables (OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS) configure the exporter themselves.
            telemetry.UseOtlpExporter();
        }
        return builder;
    }
}
