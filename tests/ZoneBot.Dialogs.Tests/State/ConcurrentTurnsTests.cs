using Microsoft.Bot.Builder;
using ZoneBot.Bot.State;
using ZoneBot.Data;
using ZoneBot.Data.Turns;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.State;

/// <summary>
/// Bot state in the database: a conversation goes on from another storage (a restart, another instance),
/// and a turn that loses the race for the conversation's state saves nothing and can simply be sent again.
/// </summary>
public sealed class ConcurrentTurnsTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_conversation_goes_on_mid_dialog_over_a_new_storage()
    {
        var chat = bot.NewChat();
        Assert.Contains("贵公司的名称", await chat.SayAsync("找社管员"));
        Assert.Contains("您是 慈溪市华信电器有限公司 吗", await chat.SayAsync("华信电器"));

        await using var restarted = bot.StartInstance();
        var answer = await chat.ContinueWith(BotFixture.Bot(restarted)).SayAsync("是");

        Assert.Contains("1号网格", answer);
        Assert.Contains("周海燕", answer);
    }

    [Fact]
    public async Task A_turn_that_loses_the_state_to_another_saves_nothing_and_its_message_can_be_sent_again()
    {
        var rival = new RivalStorage();
        await using var instance = bot.StartInstance(sql => rival.Over(sql));
        var chat = bot.NewChat().ContinueWith(BotFixture.Bot(instance));
        await chat.SayAsync("找社管员");
        var firm = Microsoft.Bot.Builder.MessageFactory.Text("华信电器");

        rival.WritesAfterNextRead = true;
        await Assert.ThrowsAsync<ETagConflictException>(() => chat.SendAsync(firm));
        var again = Chat.Texts(await chat.SendAsync(firm));

        Assert.Contains("您是 慈溪市华信电器有限公司 吗", again);
        Assert.Contains("1号网格", await chat.SayAsync("是"));
    }

    /// <summary>A storage where another instance writes the conversation between this turn's read and its save.</summary>
    private sealed class RivalStorage : IStorage
    {
        private IStorage _inner = null!;

        public bool WritesAfterNextRead { get; set; }

        public IStorage Over(IStorage inner)
        {
            _inner = inner;
            return this;
        }

        public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            var items = await _inner.ReadAsync(keys, cancellationToken);
            if (WritesAfterNextRead && items.Count > 0)
            {
                WritesAfterNextRead = false;
                // The rival's copy, written with the same eTag: it wins, and this turn's copy is now stale.
                var copies = items.ToDictionary(item => item.Key, item => (object)Copy(item.Value));
                await AsAnotherInstanceAsync(() => _inner.WriteAsync(copies, cancellationToken));
            }
            return items;
        }

        private static object Copy(object item) => item is StateDocument document
            ? new StateDocument { Json = document.Json, ETag = document.ETag }
            : new Dictionary<string, object>((IDictionary<string, object>)item);

        /// <summary>Outside this turn: the rival's write is its own, committed at once, not one of this turn's writes.</summary>
        private static async Task AsAnotherInstanceAsync(Func<Task> write)
        {
            TurnWrites.Current = null;
            await write();
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            _inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            _inner.DeleteAsync(keys, cancellationToken);
    }
}
