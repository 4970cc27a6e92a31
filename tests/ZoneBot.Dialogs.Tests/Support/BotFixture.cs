using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Dialogs.Turns;

namespace ZoneBot.Dialogs.Tests.Support;

/// <summary>
/// The whole bot over a real SQLite file with the demo zone, shared by the tests of one class.
/// Each test talks in a conversation of its own (<see cref="NewChat"/>), as a user of its own.
/// </summary>
public sealed class BotFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonebot-dialogs-" + Guid.NewGuid().ToString("N"));

    public ServiceProvider Services { get; private set; } = null!;

    public Database Database => Services.GetRequiredService<Database>();

    /// <summary>What the bot logged, to check that no phone number or name reaches the logs.</summary>
    public LogCapture Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton(Options.Create(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "zonebot.db")}" }));
        services.AddSingleton(Options.Create(new BotProfile()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddZoneBotData();
        services.AddZoneBotDialogs();
        Services = services.BuildServiceProvider();

        new DatabaseMigrator(Database).Migrate();
        await new DemoDataSeeder(Database).SeedAsync();
    }

    public Chat NewChat(string locale = "zh-CN") =>
        new(Services.GetRequiredService<IBot>(), locale, Services.GetRequiredService<DuplicateActivityMiddleware>());

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
