using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// Liveness apart from readiness. <c>/healthz/live</c>: the process answers (restart it when it does not).
/// <c>/healthz/ready</c>: the database takes a write, every migration is applied and the alert dispatcher runs
/// (send it traffic only then). <c>/healthz</c>, as before: the database takes a write.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";
    private const string DatabaseTag = "database";

    public static IServiceCollection AddZoneBotHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<DispatcherHeartbeat>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseTag, ReadyTag])
            .AddCheck<MigrationsHealthCheck>(MigrationsHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<DispatcherHealthCheck>(DispatcherHealthCheck.Name, tags: [ReadyTag]);
        return services;
    }

    public static void MapZoneBotHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseTag) });
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
    }
}
