using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Bot;

/// <summary>
/// Two hosts over one fresh PostgreSQL database, as two instances behind a load balancer, started at the
/// same moment (both migrate and seed at once). Nothing is started without a server (the tests are skipped).
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private TestDatabase? _database;
    private ZoneBotServer? _a;
    private ZoneBotServer? _b;

    public ZoneBotServer A => _a ?? throw new InvalidOperationException(PostgresSetting.MissingInCi);
    public ZoneBotServer B => _b ?? throw new InvalidOperationException(PostgresSetting.MissingInCi);
    public TestDatabase Database => _database ?? throw new InvalidOperationException(PostgresSetting.MissingInCi);

    public async Task InitializeAsync()
    {
        if (PostgresSetting.ConnectionString is null)
        {
            return;
        }
        _database = await new PostgresProvider().CreateDatabaseAsync();
        (_a, _b) = (ZoneBotServer.Over(_database), ZoneBotServer.Over(_database));
        await Task.WhenAll(Task.Run(_a.InitializeAsync), Task.Run(_b.InitializeAsync));
    }

    public async Task DisposeAsync()
    {
        foreach (var server in new[] { _a, _b })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
