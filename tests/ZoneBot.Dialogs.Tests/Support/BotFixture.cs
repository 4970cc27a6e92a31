using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
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

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "zonebot.db")}" }));
        services.AddSingleton(Options.Create(new BotProfile()));
        services.AddSingleton(Options.Create(new ZoneBot.Domain.DeadlineOptions()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddZoneBotData();
        services.AddZoneBotDialogs();
        Services = services.BuildServiceProvider();

        new DatabaseMigrator(Database).Migrate();
        await new DemoDataSeeder(Database).SeedAsync();
    }

    /// <summary>A chat whose user is already linked to the firm (by id), so flows skip the firm question.</summary>
    public async Task<Chat> NewChatForFirmAsync(long firmId, string locale = "zh-CN")
    {
        var chat = NewChat(locale);
        await Services.GetRequiredService<FirmUserLinks>().LinkAsync(chat.ChannelId, chat.UserId, firmId);
        return chat;
    }

    /// <summary>The id of the firm on a row of the demo roster (1-based), so tests can each have a firm of their own.</summary>
    public async Task<long> FirmIdAsync(int row)
    {
        await using var connection = await Database.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT id FROM firms ORDER BY id LIMIT 1 OFFSET @offset", new { offset = row - 1 });
    }

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, sql, parameters);
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
