using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Turns;

/// <summary>The real host over a fresh database of <typeparamref name="TProvider"/>; nothing is started where it is unavailable.</summary>
public sealed class HostOverDatabase<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private TestDatabase? _database;
    private ZoneBotServer? _server;

    public ZoneBotServer Server => _server ?? throw new InvalidOperationException(new TProvider().Unavailable ?? "The fixture is not initialised.");

    public TestDatabase Database => _database ?? throw new InvalidOperationException(new TProvider().Unavailable ?? "The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        var provider = new TProvider();
        if (provider.Unavailable is not null)
        {
            return;
        }
        _database = await provider.CreateDatabaseAsync();
        _server = ZoneBotServer.Over(_database);
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
