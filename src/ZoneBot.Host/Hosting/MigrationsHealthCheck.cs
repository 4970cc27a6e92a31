using Microsoft.Extensions.Diagnostics.HealthChecks;
using ZoneBot.Data;

namespace ZoneBot.Host.Hosting;

/// <summary>Readiness: every migration of this build is applied (the host applies them at start; another instance may be at it).</summary>
public sealed class MigrationsHealthCheck(Database database) : IHealthCheck
{
    public const string Name = "migrations";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var applied = await MigrationJournal.AppliedAsync(connection, cancellationToken);
            var pending = MigrationJournal.Known(database).Except(applied, StringComparer.Ordinal).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy("The migration journal cannot be read: " + exception.Message, exception);
        }
    }
}
