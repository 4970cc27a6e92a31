using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ZoneBot.Domain;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// Readiness: the alert dispatcher runs. Unready when it stopped, or when it has not looked at the outbox for longer
/// than a look may take (its claims' lease) and two polls.
/// </summary>
public sealed class DispatcherHealthCheck(DispatcherHeartbeat heartbeat, IOptions<AlertOptions> options, TimeProvider time) : IHealthCheck
{
    public const string Name = "alert-dispatcher";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var last = heartbeat.LastBeat;
        var result = heartbeat.IsStopped ? HealthCheckResult.Unhealthy("The alert dispatcher has stopped: no alert leaves this instance.")
            : last is null ? HealthCheckResult.Unhealthy("The alert dispatcher has not looked at the outbox yet.")
            : time.GetUtcNow() - last.Value > settings.Lease + 2 * settings.PollInterval
                ? HealthCheckResult.Unhealthy($"The alert dispatcher last looked at the outbox at {last.Value:O}.")
                : HealthCheckResult.Healthy();
        return Task.FromResult(result);
    }
}
