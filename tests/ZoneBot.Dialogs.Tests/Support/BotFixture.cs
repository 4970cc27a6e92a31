using Dapper;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZoneBot.Bot;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Officers;
using ZoneBot.Bot.State;
using ZoneBot.Bot.Alerts;
using ZoneBot.Bot.Turns;
using ZoneBot.Domain;
using ZoneBot.Testing;

namespace ZoneBot.Dialogs.Tests.Support;

/// <summary>
/// The whole bot over a real SQLite file with the demo zone and bot state in its bot_state table, as the
/// host wires it; shared by the tests of one class. Each test talks in a conversation of its own
/// (<see cref="NewChat"/>), as a user of its own.
/// Alerts go out through a Bot Framework adapter of their own (<see cref="DeliverAlertsAsync"/>), as
/// the host's dispatcher sends them through its CloudAdapter.
/// </summary>
public sealed class BotFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly List<IMessageActivity> _delivered = [];

    /// <summary>The adapter proactive alerts go through; its queue holds what it sent.</summary>
    public TestAdapter AlertAdapter { get; } = new(TestAdapter.CreateConversation("alerts", "alerts-user", "bot"));

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

    /// <summary>
    /// A chat whose user is already linked to the firm (by id) and proved membership of it, so flows skip
    /// the firm question and the user reads the firm's tickets.
    /// </summary>
    public async Task<Chat> NewChatForFirmAsync(long firmId, string locale = "zh-CN")
    {
        var chat = await NewStrangerChatAsync(firmId, locale);
        await ExecuteAsync(
            "UPDATE firm_users SET verified_at = linked_at, verified_by = 'liaison' WHERE channel_id = @ChannelId AND user_id = @UserId",
            new { chat.ChannelId, chat.UserId });
        return chat;
    }

    /// <summary>A chat whose user named the firm but never proved they belong to it.</summary>
    public async Task<Chat> NewStrangerChatAsync(long firmId, string locale = "zh-CN")
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
    /// restart or on a second instance. The caller disposes it. <paramref name="storage"/> may wrap the SQL storage;
    /// <paramref name="time"/> pins the clock.
    /// </summary>
    public ServiceProvider StartInstance(Func<SqlStorage, IStorage>? storage = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton(Options.Create(new DatabaseOptions { ConnectionString = _database.ConnectionString }));
        services.AddSingleton(Options.Create(new BotProfile()));
        services.AddSingleton(Options.Create(new DeadlineOptions()));
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton<SqlStorage>();
        services.AddSingleton(provider => (storage ?? (sql => sql))(provider.GetRequiredService<SqlStorage>()));
        services.AddZoneBotData();
        services.AddZoneBotDialogs();
        services.AddZoneBotPlumbing();
        services.AddSingleton<IAlertChannel>(new BotAlertChannel(AlertAdapter, "bot"));
        services.AddSingleton<AlertDispatcher>();
        return services.BuildServiceProvider();
    }

    /// <summary>The bot of <paramref name="instance"/> with its duplicate-delivery guard, as the adapter runs it.</summary>
    public static Chat.Bot Bot(IServiceProvider instance) =>
        new(instance.GetRequiredService<IBot>(), instance.GetRequiredService<DuplicateActivityMiddleware>());

    /// <summary>A firm user's chat that filed tickets from here: linked to the firm, with its conversation kept for alerts.</summary>
    public async Task<Chat> NewFirmChatAsync(long firmId)
    {
        var chat = await NewChatForFirmAsync(firmId);
        await Services.GetRequiredService<ChatPresence>().SaveAsync(chat.ChannelId, chat.UserId, chat.Reference);
        return chat;
    }

    /// <summary>A chat bound to the demo officer with this phone (19900000001…10 liaisons of grids 1…10, …11/12 secretaries, …13 the admin).</summary>
    public async Task<Chat> NewOfficerChatAsync(string phone)
    {
        var chat = NewChat();
        var issued = await Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync(phone);
        var answer = await chat.SayAsync("绑定 " + issued!.Code);
        Assert.Contains("绑定成功", answer);
        return chat;
    }

    /// <summary>Runs the dispatcher until nothing is due, then returns (and forgets) what reached <paramref name="chat"/>.</summary>
    public async Task<IReadOnlyList<IMessageActivity>> DeliverAlertsAsync(Chat chat)
    {
        var dispatcher = Services.GetRequiredService<AlertDispatcher>();
        while (await dispatcher.DispatchDueAsync() > 0)
        {
        }
        lock (_delivered)
        {
            while (AlertAdapter.ActiveQueue.Count > 0)
            {
                if (AlertAdapter.GetNextReply() is IMessageActivity message)
                {
                    _delivered.Add(message);
                }
            }
            var mine = _delivered.Where(message => message.Conversation?.Id == chat.ConversationId).ToList();
            _delivered.RemoveAll(mine.Contains);
            return mine;
        }
    }

    /// <summary>The texts of the alerts that reached <paramref name="chat"/>, joined.</summary>
    public async Task<string> AlertTextsAsync(Chat chat) => Chat.Texts(await DeliverAlertsAsync(chat));

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, sql, parameters);
    }


    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
