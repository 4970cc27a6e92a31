using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using ZoneBot.Bot;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Dialogs;
using ZoneBot.Bot.State;
using ZoneBot.Bot.Turns;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// ZoneBot's bot in this process, wired as the host wires it (SQL state in bot_state, the duplicate guard), over
/// a SQLite file of its own with the demo zone; turns go through the Bot Framework's TestAdapter, no HTTP.
/// </summary>
public sealed class InProcessBot : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private InProcessBot(BenchDatabase database, Action<IServiceCollection>? configure)
    {
        Database = database;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Options.Create(new DatabaseOptions { Provider = database.Provider, ConnectionString = database.ConnectionString }));
        services.AddSingleton(Options.Create(new BotProfile()));
        services.AddSingleton(Options.Create(new DeadlineOptions()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage, SqlStorage>();
        services.AddZoneBotData();
        services.AddZoneBotDialogs();
        services.AddZoneBotPlumbing();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public BenchDatabase Database { get; }

    public IStorage Storage => _services.GetRequiredService<IStorage>();

    /// <summary>One of the bot's own services, as the host resolves it (the understanding benchmarks time its parts).</summary>
    public T Service<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <param name="configure">Registrations after ZoneBot's own (the benchmark's tests put a wrong bot in).</param>
    public static async Task<InProcessBot> StartAsync(string name, Action<IServiceCollection>? configure = null)
    {
        var database = await BenchDatabase.CreateSqliteAsync(Path.Combine(Path.GetTempPath(), "zonebot-bench"), name, CancellationToken.None);
        return new InProcessBot(database, configure);
    }

    /// <summary>A new conversation of <paramref name="userId"/>.</summary>
    public TestAdapter NewConversation(string userId)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("conversation-" + Guid.NewGuid().ToString("N")[..12], userId, "bot")) { Locale = "zh-CN" };
        adapter.Use(_services.GetRequiredService<DuplicateActivityMiddleware>());
        return adapter;
    }

    /// <summary>Links the chat user to a firm, so flows skip the firm question.</summary>
    public Task LinkAsync(string userId, long firmId) =>
        _services.GetRequiredService<FirmUserLinks>().LinkAsync("test", userId, firmId);

    /// <summary>One turn: the text in, the replies' texts out.</summary>
    public async Task<string> SayAsync(TestAdapter conversation, string text)
    {
        var activity = MessageFactory.Text(text);
        activity.ChannelData = new JObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") };
        await conversation.ProcessActivityAsync(activity, _services.GetRequiredService<IBot>().OnTurnAsync, CancellationToken.None);
        var texts = new List<string>();
        while (conversation.ActiveQueue.Count > 0)
        {
            if (conversation.GetNextReply() is IMessageActivity { Text: { } reply })
            {
                texts.Add(reply);
            }
        }
        return string.Join("\n", texts);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
