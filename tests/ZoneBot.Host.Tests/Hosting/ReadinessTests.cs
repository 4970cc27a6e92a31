using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZoneBot.Host.Hosting;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Hosting;

/// <summary>
/// Issue 17: readiness (send traffic here) apart from liveness (restart it): an instance whose alert dispatcher stopped,
/// or whose database takes no write, is alive but not ready. /healthz answers as before.
/// </summary>
public sealed class ReadinessTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly List<ZoneBotServer> _servers = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Readiness_goes_unready_when_the_alert_dispatcher_stops_while_liveness_and_healthz_stay_healthy()
    {
        var server = await StartAsync(ZoneBotServer.Over(_database, "--Database:CreateIfMissing=true"));
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/healthz/ready")).StatusCode);

        var dispatcher = server.Services.GetServices<IHostedService>().OfType<AlertDispatchService>().Single();
        await dispatcher.StopAsync(CancellationToken.None);
        var ready = await server.Http.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/healthz/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Readiness_is_unready_on_a_database_the_host_cannot_write_while_liveness_stays_healthy()
    {
        await _database.SeedAsync();
        SqliteConnection.ClearAllPools();
        // Root ignores file permissions; SQLite's read-only mode is what a write-protected file gives everyone else.
        var server = await StartAsync(ZoneBotServer.Over(new ReadOnlySqlite(_database), "--Database:CreateIfMissing=false"));

        var ready = await server.Http.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/healthz/live")).StatusCode);
    }

    private async Task<ZoneBotServer> StartAsync(ZoneBotServer server)
    {
        _servers.Add(server);
        await server.InitializeAsync();
        return server;
    }

    /// <summary>The same file, opened read-only.</summary>
    private sealed class ReadOnlySqlite(SqliteTestDatabase file) : TestDatabase("sqlite", file.ConnectionString + ";Mode=ReadOnly")
    {
        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
