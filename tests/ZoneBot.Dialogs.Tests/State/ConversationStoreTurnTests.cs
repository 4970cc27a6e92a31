using Microsoft.Bot.Builder;
using ZoneBot.Bot.State;
using ZoneBot.Data.State;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.State;

/// <summary>The bot's turns and their conversation state: one read and at most one write a turn, and state stored before still goes on.</summary>
public sealed class ConversationStoreTurnTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task Each_turn_reads_the_state_once_and_writes_it_once_and_a_turn_that_changes_nothing_writes_nothing()
    {
        var counted = new CountingStorage();
        await using var instance = bot.StartInstance(sql => counted.Over(sql));
        var chat = bot.NewChat().ContinueWith(BotFixture.Bot(instance));

        var turns = new List<(int Reads, int Writes)>();
        foreach (var text in new[] { "我想找一下我们的社管员", "华信电器", "是的", "你好", "你好" })
        {
            await chat.SayAsync(text);
            turns.Add(counted.TakeCounts());
        }

        Assert.Equal([(1, 1), (1, 1), (1, 1), (1, 1), (1, 0)], turns);
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM bot_state WHERE key LIKE @key", new { key = "%/conversations/" + chat.ConversationId }));
    }

    [Fact]
    public async Task A_filing_stored_by_BotState_before_the_upgrade_goes_on_where_it_was()
    {
        var chat = bot.NewChat();
        var before = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "State", "botstate-row-before.json"));
        var key = $"{chat.ChannelId}/conversations/{chat.ConversationId}";
        await new BotStateStore(bot.Database, TimeProvider.System).WriteAsync(key, before.Trim());

        // The bot had asked whether it is urgent: the answer is taken and the form goes on to the photos.
        var answer = await chat.SayAsync("不着急，一般吧");

        Assert.Contains("现场照片", answer);
        var stored = (await new BotStateStore(bot.Database, TimeProvider.System).ReadAsync([key])).Single().Data;
        Assert.StartsWith(StateDocument.Marker, stored);
        Assert.DoesNotContain("$type", stored);
        Assert.Contains("园区路灯坏了一个星期", stored);
        Assert.Contains("附件按钮", await chat.SayAsync("帮助"));
    }

    [Fact]
    public async Task A_filing_stored_with_every_null_property_before_the_lean_format_goes_on_to_its_ticket()
    {
        var chat = bot.NewChat();
        var before = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "State", "state-with-nulls-before.json"));
        var key = $"{chat.ChannelId}/conversations/{chat.ConversationId}";
        await new BotStateStore(bot.Database, TimeProvider.System).WriteAsync(key, before.Trim());

        // The bot had asked whether it is urgent, its question kept as a whole Activity with every null property.
        Assert.Contains("现场照片", await chat.SayAsync("挺急的，紧急"));
        var stored = (await new BotStateStore(bot.Database, TimeProvider.System).ReadAsync([key])).Single().Data;
        Assert.StartsWith(StateDocument.Marker, stored);
        Assert.DoesNotContain("replyToId", stored);
        Assert.Contains("仓库门口的消防通道被货物堵住两天了", stored);
        Assert.Contains("附件按钮", await chat.SayAsync("帮助"));
        Assert.Contains("联系人怎么称呼", await chat.SayAsync("没有"));
        await chat.SayAsync("王先生");
        await chat.SayAsync("13905741234");
        var summary = await chat.SayAsync("跳过");

        Assert.Contains("企业：慈溪市华信电器有限公司", summary);
        Assert.Contains("问题描述：仓库门口的消防通道被货物堵住两天了", summary);
        Assert.Contains("紧急程度：紧急", summary);
        Assert.Matches(@"工单号 ZB-\d{8}-\d{4}", await chat.SayAsync("确认提交"));
    }

    /// <summary>Counts the storage's reads and writes of a conversation's state (each turn's, as the bot asks for them).</summary>
    private sealed class CountingStorage : IStorage
    {
        private IStorage _inner = null!;
        private int _reads;
        private int _writes;

        public IStorage Over(IStorage inner)
        {
            _inner = inner;
            return this;
        }

        public (int Reads, int Writes) TakeCounts()
        {
            var counts = (_reads, _writes);
            (_reads, _writes) = (0, 0);
            return counts;
        }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _writes);
            return _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
