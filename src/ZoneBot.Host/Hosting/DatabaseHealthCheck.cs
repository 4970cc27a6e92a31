using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ZoneBot.Data;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// GET /healthz: healthy when the database takes a write. A query alone would pass on a read-only file, a full
/// disk, or a SQLite file deleted under the host; a ticket could not be stored in any of them.
/// </summary>
public sealed class DatabaseHealthCheck(Database database, TimeProvider time) : IHealthCheck
{
    private const string WriteProbe = "UPDATE health_probe SET checked_at = @checkedAt WHERE id = 1";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // A connection kept open would still write into a deleted file until the file's watcher tells (a moment later).
        if (database.SqliteFileMissing)
        {
            return HealthCheckResult.Unhealthy(Database.SqliteFileMissingReason);
        }
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var written = await connection.ExecuteAsync(new CommandDefinition(
                WriteProbe, new { checkedAt = time.GetUtcNow() }, cancellationToken: cancellationToken));
            return written == 1
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database lacks its health_probe row: it is not ZoneBot's, or not migrated.");
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy("The database does not take a write: " + exception.Message, exception);
        }
    }
}
