using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ZoneBot.DirectLine.Delivery;
using ZoneBot.DirectLine.Storage;
using ZoneBot.Testing;

namespace ZoneBot.DirectLine.Tests.Delivery;

/// <summary>
/// The Direct Line's way out, as a middleware in a plain adapter with no dialogs behind it: a turn in one of its
/// conversations writes what the bot says into the log and sends nothing through the adapter; any other conversation
/// is left to the adapter.
/// </summary>
public sealed class DirectLineDeliveryTests : IAsyncLifetime
{
    private readonly MigratedDatabase<SqliteProvider> _database = new();
    private DirectLineConversations _conversations = null!;
    private DirectLineActivities _log = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _conversations = new DirectLineConversations(_database.Database, TimeProvider.System);
        _log = new DirectLineActivities(_database.Database, TimeProvider.System);
        await _conversations.CreateAsync("ours", "dl_user", "zh-CN");
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_turns_replies_go_into_the_log_in_order_and_not_through_the_adapter()
    {
        var adapter = Adapter("directline", "ours");

        await adapter.ProcessActivityAsync(adapter.MakeActivity("你好"), async (turn, ct) =>
        {
            await turn.SendActivityAsync("第一句", cancellationToken: ct);
            await turn.SendActivitiesAsync([MessageFactory.Text("第二句"), new Activity(ActivityTypes.Trace) { Name = "debug" }, MessageFactory.Text("第三句")], ct);
        });

        Assert.Empty(adapter.ActiveQueue);
        var logged = await _log.ListAfterAsync("ours", 0);
        Assert.Equal(["第一句", "第二句", "第三句"], logged.Select(activity => (string?)JObject.Parse(activity.Json)["text"]));
        Assert.Equal(["ours|0000001", "ours|0000002", "ours|0000003"], logged.Select(activity => activity.ActivityId));
        Assert.All(logged, activity => Assert.Equal("directline", (string?)JObject.Parse(activity.Json)["channelId"]));
    }

    [Fact]
    public async Task A_failed_turn_leaves_only_the_error_handlers_apology()
    {
        var adapter = Adapter("directline", "ours");
        adapter.OnTurnError = (turn, _) => turn.SendActivityAsync("抱歉，出错了");

        await adapter.ProcessActivityAsync(adapter.MakeActivity("报事"), async (turn, ct) =>
        {
            await turn.SendActivityAsync("请问贵公司的名称？", cancellationToken: ct);
            throw new InvalidOperationException("the state could not be saved");
        });

        var logged = await _log.ListAfterAsync("ours", 0);
        Assert.Equal("抱歉，出错了", (string?)JObject.Parse(Assert.Single(logged).Json)["text"]);
        Assert.Empty(adapter.ActiveQueue);
    }

    [Theory]
    [InlineData("directline", "not-ours")]
    [InlineData("emulator", "ours")]
    public async Task Another_channels_conversation_is_left_to_the_adapter(string channelId, string conversationId)
    {
        var adapter = Adapter(channelId, conversationId);

        await adapter.ProcessActivityAsync(adapter.MakeActivity("hello"), (turn, ct) => turn.SendActivityAsync("hi", cancellationToken: ct));

        Assert.Equal("hi", Assert.Single(adapter.ActiveQueue).Text);
        Assert.Empty(await _log.ListAfterAsync("ours", 0));
    }

    private TestAdapter Adapter(string channelId, string conversationId)
    {
        var adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "http://localhost/v3/directline/",
            Conversation = new ConversationAccount(id: conversationId),
            User = new ChannelAccount("dl_user", role: RoleTypes.User),
            Bot = new ChannelAccount("zonebot", role: RoleTypes.Bot),
        });
        adapter.Use(new DirectLineDelivery(_conversations, _log));
        return adapter;
    }
}
