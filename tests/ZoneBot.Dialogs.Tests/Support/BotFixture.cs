using Dapper;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Dialogs.State;
using ZoneBot.Dialogs.Turns;
using ZoneBot.Domain;
using ZoneBot.Testing;

namespace ZoneBot.Dialogs.Tests.Support;

/// <summary>
/// The whole bot over a real SQLite file with the demo zone and bot state in its bot_state table, as the
/// host wires it; shared by the tests of one class. Each test talks in a conversation of its own
/// (<see cref="NewChat"/>), as a user of its own.
/// </summary>
public sealed class BotFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public ServiceProvider Services { get; private set; } = null!;

    public Database Database => _database.Database;

    /// <summary>What the bot logged, to check that no phone number or name reaches the logs.</summary>
    public LogCapture Logs { get; } = new();

    public async Task InitializeAsync()
    {
        await _database.SeedAsync();
        Services = StartInstance();
    }

    public Chat NewChat(string locale = "zh-CN") => new(Bot(Services), locale);

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
        return await connection.ExecuteScalarAsync<long>("SELECT id FROM firms ORDER BY id LIMIT 1 OFFSET @offset", new { offset = row - 1 });
    }

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    /// <summary>
    /// Another bot over the same database: its own singletons, its own <see cref="SqlStorage"/>, as after a
    /// restart or on a second instance. The caller disposes it. <paramref name="storage"/> may wrap the SQL storage.
    /// </summary>
    public ServiceProvider StartInstance(Func<SqlStorage, IStorage>? storage = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton(Options.Create(new DatabaseOptions { ConnectionString = _database.ConnectionString }));
        services.AddSingleton(Options.Create(new BotProfile()));
        services.AddSingleton(Options.Create(new DeadlineOptions()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SqlStorage>();
        services.AddSingleton(provider => (storage ?? (sql => sql))(provider.GetRequiredService<SqlStorage>()));
        services.AddZoneBotData();
        services.AddZoneBotDialogs();
        return services.BuildServiceProvider();
    }

    /// <summary>The bot of <paramref name="instance"/> with its duplicate-delivery guard, as the adapter runs it.</summary>
    public static Chat.Bot Bot(IServiceProvider instance) =>
        new(instance.GetRequiredService<IBot>(), instance.GetRequiredService<DuplicateActivityMiddleware>());

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
