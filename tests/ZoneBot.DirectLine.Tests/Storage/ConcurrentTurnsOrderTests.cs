using Microsoft.Bot.Schema;
using ZoneBot.DirectLine.Storage;
using ZoneBot.Testing;

namespace ZoneBot.DirectLine.Tests.Storage;

public sealed class SqliteConcurrentTurnsOrderTests : ConcurrentTurnsOrderTests<SqliteProvider>;

public sealed class PostgresConcurrentTurnsOrderTests : ConcurrentTurnsOrderTests<PostgresProvider>;

/// <summary>
/// Many turns of one conversation at once, as when messages land on several instances together: each message is
/// logged before its turn, each turn's replies are written in one call, and the log the client reads has every number
/// once, each reply after its message, and each turn's replies together, whatever the interleaving. No lock in this
/// process helps: each turn has its own store over the database, as another instance would.
/// </summary>
public abstract class ConcurrentTurnsOrderTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private const int Turns = 16;
    private const int RepliesPerTurn = 3;

    private readonly MigratedDatabase<TProvider> _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task Concurrent_turns_keep_each_reply_after_its_message_and_each_turns_replies_together()
    {
        await new DirectLineConversations(_database.Database, TimeProvider.System).CreateAsync("busy", "dl_busy", "zh-CN");

        await Task.WhenAll(Enumerable.Range(0, Turns).Select(turn => Task.Run(() => TurnAsync(turn))));

        var log = await new DirectLineActivities(_database.Database, TimeProvider.System).ListAfterAsync("busy", 0);
        Assert.Equal(Enumerable.Range(1, Turns * (1 + RepliesPerTurn)).Select(n => (long)n), log.Select(activity => activity.Sequence));
        var activities = log.Select(activity => Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>(activity.Json)!).ToList();
        for (var turn = 0; turn < Turns; turn++)
        {
            var message = activities.FindIndex(activity => activity.Text == $"message {turn}");
            var replies = activities.Select((activity, index) => (activity, index)).Where(pair => pair.activity.ReplyToId == activities[message].Id).ToList();
            Assert.Equal(RepliesPerTurn, replies.Count);
            Assert.All(replies, reply => Assert.True(reply.index > message, $"A reply of turn {turn} came before its message."));
            Assert.Equal(Enumerable.Range(replies[0].index, RepliesPerTurn), replies.Select(reply => reply.index));
            Assert.Equal(Enumerable.Range(1, RepliesPerTurn).Select(n => $"reply {turn}.{n}"), replies.Select(reply => reply.activity.Text));
        }
    }

    /// <summary>One turn as the Direct Line runs it: the message logged first, the bot's replies written in one call at its end.</summary>
    private async Task TurnAsync(int turn)
    {
        var store = new DirectLineActivities(_database.Database, TimeProvider.System);
        var message = new Activity(ActivityTypes.Message) { Text = $"message {turn}" };
        var logged = await store.AppendFromClientAsync("busy", $"client-{turn}", (id, _) =>
        {
            message.Id = id;
            return Newtonsoft.Json.JsonConvert.SerializeObject(message);
        });
        await Task.Yield();
        var replies = Enumerable.Range(1, RepliesPerTurn)
            .Select(n => new Activity(ActivityTypes.Message) { Text = $"reply {turn}.{n}", ReplyToId = logged!.Activity.ActivityId })
            .ToList();
        await store.AppendRepliesAsync("busy", replies);
    }
}
