using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Host.Hosting;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests;

/// <summary>
/// The real host on a free loopback port: the tests talk to it over HTTP exactly as the Emulator or a
/// channel would. As a class fixture it has a SQLite file of its own; <see cref="Over"/> points it at a
/// database the test owns (several hosts over one PostgreSQL, or one host after another for a restart);
/// <see cref="Settings"/> or a subclass pass settings of its own (low rate limits, an app id, fast polling).
/// </summary>
public class ZoneBotServer : IAsyncLifetime
{
    /// <summary>Known to the tests, so that they can sign a token of their own (an expired one).</summary>
    public const string TokenSigningKey = "tests-only-key-for-direct-line-tokens-0123456789";

    private readonly SqliteTestDatabase? _ownDatabase;
    private readonly string _provider;
    private readonly string _connectionString;
    private readonly string[] _settings;
    private WebApplication? _app;

    public ZoneBotServer()
        : this([])
    {
    }

    protected ZoneBotServer(params string[] settings)
    {
        _ownDatabase = new SqliteTestDatabase();
        (_provider, _connectionString, _settings) = ("sqlite", _ownDatabase.ConnectionString, settings);
    }

    private ZoneBotServer(TestDatabase database, string[] settings) =>
        (_provider, _connectionString, _settings) = (database.ProviderName, database.ConnectionString, settings);

    /// <summary>Settings of its own (--Alerts:PollSeconds=0.1 ...), for a server a test starts itself.</summary>
    public string[] Settings { get; init; } = [];

    public HttpClient Http { get; private set; } = null!;
    public BotClient Bot { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    /// <summary>A host over a database that the caller owns; start it with <see cref="InitializeAsync"/>.</summary>
    public static ZoneBotServer Over(TestDatabase database, params string[] settings) => new(database, settings);

    public async Task InitializeAsync()
    {
        _app = WebHost.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Database:Provider={_provider}",
            $"--Database:ConnectionString={_connectionString}",
            "--Logging:LogLevel:Default=Warning",
            $"--DirectLine:TokenSigningKey={TokenSigningKey}",
            // As `dotnet run` does on a fresh machine; a test of the database's safety turns them off again.
            "--Database:CreateIfMissing=true",
            "--Database:SeedDemo=true",
            .. _settings,
            .. Settings,
        ]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Http = new HttpClient { BaseAddress = BaseAddress };
        Bot = new BotClient(Http);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_ownDatabase is not null)
        {
            await _ownDatabase.DisposeAsync();
        }
    }
}
