using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Tests;

/// <summary>
/// The real host on a free loopback port, over a real SQLite file of its own: the tests talk to it
/// over HTTP exactly as the Emulator or a channel would.
/// </summary>
public sealed class ZoneBotServer : IAsyncLifetime
{
    private WebApplication? _app;
    private string? _folder;

    /// <summary>Settings of its own (--Alerts:PollSeconds=0.1 ...), for a server a test starts itself with <see cref="InitializeAsync"/>.</summary>
    public string[] Settings { get; init; } = [];

    /// <summary>
    /// A folder for the database that outlives the server (a restart test starts a second server on it);
    /// the test deletes it. By default each server has a folder of its own, deleted with it.
    /// </summary>
    public string? Folder { get; init; }

    private string DataFolder => _folder ??= Folder ?? Path.Combine(Path.GetTempPath(), "zonebot-host-" + Guid.NewGuid().ToString("N"));

    public IServiceProvider Services => _app!.Services;

    public HttpClient Http { get; private set; } = null!;
    public BotClient Bot { get; private set; } = null!;
    public string DatabasePath => Path.Combine(DataFolder, "zonebot.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataFolder);
        _app = WebHost.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--Database:ConnectionString=Data Source={DatabasePath}",
            "--Logging:LogLevel:Default=Warning",
            .. Settings,
        ]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address) };
        Bot = new BotClient(Http);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Folder is null)
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
