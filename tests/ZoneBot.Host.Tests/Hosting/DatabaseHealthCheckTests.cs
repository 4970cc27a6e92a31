using Microsoft.Extensions.Diagnostics.HealthChecks;
using ZoneBot.Host.Hosting;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Hosting;

/// <summary>
/// /healthz's database check on its own, without the file's watcher: a connection kept open between uses writes into a
/// deleted SQLite file without an error, so the check must not take that write as health.
/// </summary>
public sealed class DatabaseHealthCheckTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync()
    {
        _database.Migrate();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_database_that_takes_a_write_is_healthy()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task A_deleted_file_is_unhealthy_at_once_though_a_kept_connection_still_writes_into_it()
    {
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_database.FilePath + suffix);
        }

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("missing", result.Description, StringComparison.Ordinal);
    }

    private Task<HealthCheckResult> CheckAsync() =>
        new DatabaseHealthCheck(_database.Database, TimeProvider.System).CheckHealthAsync(new HealthCheckContext());
}
