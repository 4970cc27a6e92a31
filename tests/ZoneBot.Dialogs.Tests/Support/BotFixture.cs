using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Dialogs.Alerts;
using ZoneBot.Dialogs.Turns;

namespace ZoneBot.Dialogs.Tests.Support;

/// <summary>
/// The whole bot over a real SQLite file with the demo zone, shared by the tests of one class.
/// Each test talks in a conversation of its own (<see cref="NewChat"/>), as a user of its own.
/// Alerts go out through a Bot Framework adapter of their own (<see cref="DeliverAlertsAsync"/>), as
/// the host's dispatcher sends them through its CloudAdapter.
/// </summary>
public sealed class BotFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonebot-dialogs-" + Guid.NewGuid().ToString("N"));
    private readonly List<IMessageActivity> _delivered = [];

    /// <summary>The adapter proactive alerts go through; its queue holds what it sent.</summary>
    public TestAdapter AlertAdapter { get; } = new(TestAdapter.CreateConversation("alerts", "alerts-user", "bot"));

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
        services.AddSingleton<IAlertChannel>(new BotAlertChannel(AlertAdapter, "bot"));
        services.AddSingleton<AlertDispatcher>();
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

    public Chat NewChat(string locale = "zh-CN") =>
        new(Services.GetRequiredService<IBot>(), locale, Services.GetRequiredService<DuplicateActivityMiddleware>());

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
