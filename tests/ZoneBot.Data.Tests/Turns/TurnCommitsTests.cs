using Dapper;
using ZoneBot.Testing;
using ZoneBot.Data.State;
using ZoneBot.Data.Turns;

namespace ZoneBot.Data.Tests.Turns;

public sealed class SqliteTurnCommitsTests(MigratedDatabase<SqliteProvider> migrated) : TurnCommitsTests<SqliteProvider>(migrated)
{
    [DatabaseFact]
    public async Task Concurrent_turns_are_committed_in_fewer_transactions_than_turns_and_every_one_is_durable()
    {
        var writer = Database.GroupCommit!;
        var (commitsBefore, batchesBefore) = (writer.Commits, writer.Batches);

        await Task.WhenAll(Enumerable.Range(0, 48).Select(turn => Task.Run(async () =>
        {
            await using var open = await Commits.OpenAsync(Key("g" + turn), StateKey("g" + turn));
            await open.CommitAsync("[]", [StateWrite(StateKey("g" + turn), "{\"turn\":" + turn + "}")], CancellationToken.None);
        })));

        Assert.Equal(48, writer.Batches - batchesBefore);
        Assert.True(writer.Commits - commitsBefore < 48, $"{writer.Commits - commitsBefore} commits for 48 turns");
        Assert.Equal(48, await CountAsync("SELECT COUNT(*) FROM bot_state WHERE key LIKE @prefix", new { prefix = _conversation + "/g%" }));
        Assert.Equal(48, await CountAsync("SELECT COUNT(*) FROM processed_activities WHERE conversation_id = @_conversation", new { _conversation }));
    }

    [DatabaseFact]
    public async Task A_failing_turn_in_a_group_commit_fails_alone()
    {
        var turns = Enumerable.Range(0, 24).Select(turn => Task.Run(async () =>
        {
            await using var open = await Commits.OpenAsync(Key("f" + turn), null);
            TurnWrite write = turn == 7 ? Fail : StateWrite(StateKey("f" + turn), "{}");
            await open.CommitAsync("[]", [write], CancellationToken.None);
        })).ToList();

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => Task.WhenAll(turns));

        Assert.Equal("the write fails", failed.Message);
        Assert.Equal(1, turns.Count(turn => turn.IsFaulted));
        Assert.Equal(23, await CountAsync("SELECT COUNT(*) FROM bot_state WHERE key LIKE @prefix", new { prefix = _conversation + "/f%" }));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM processed_activities WHERE activity_id = 'f7' AND conversation_id = @_conversation", new { _conversation }));
    }
}

public sealed class PostgresTurnCommitsTests(MigratedDatabase<PostgresProvider> migrated) : TurnCommitsTests<PostgresProvider>(migrated)
{
    [DatabaseFact]
    public async Task A_turn_that_saves_its_state_takes_three_round_trips_on_one_connection()
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(Database.ConnectionString).Database;
        using var commands = new NpgsqlCommandCounter(database!);
        await using (var warm = await Commits.OpenAsync(Key("w"), StateKey("s")))
        {
            await warm.CommitAsync("[]", [StateWrite(StateKey("s"), "{}")], CancellationToken.None);
        }
        commands.Reset();

        await using (var turn = await Commits.OpenAsync(Key("a1"), StateKey("s")))
        {
            await turn.CommitAsync("[\"您好\"]", [StateWrite(StateKey("s"), "{\"step\":1}")], CancellationToken.None);
        }

        // BEGIN with the claim and the reads; the state; the claim's answer with the COMMIT.
        Assert.Equal(3, commands.Count);
        Assert.Single(commands.Connections);
        await using var again = await Commits.OpenAsync(Key("a1"), StateKey("s"));
        Assert.True(again.IsRepeat);
        Assert.Equal("[\"您好\"]", again.EarlierResult);
    }

    [DatabaseFact]
    public async Task A_turn_whose_transaction_broke_is_not_committed_even_when_the_write_swallowed_its_error()
    {
        await using (var turn = await Commits.OpenAsync(Key("a1"), StateKey("s")))
        {
            TurnWrite swallows = async (connection, transaction, ct) =>
            {
                try
                {
                    await connection.ExecuteAsync(new CommandDefinition("SELECT 1 / 0", transaction: transaction, cancellationToken: ct));
                }
                catch (Npgsql.PostgresException)
                {
                }
            };
            // The claim's answer goes with the COMMIT: in an aborted transaction it fails, and the COMMIT is not run.
            await Assert.ThrowsAsync<Npgsql.PostgresException>(() => turn.CommitAsync("[]", [StateWrite(StateKey("s"), "{}"), swallows], CancellationToken.None));
        }

        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM bot_state WHERE key LIKE @prefix", new { prefix = _conversation + "/%" }));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM processed_activities WHERE conversation_id = @_conversation", new { _conversation }));
        await using var retry = await Commits.OpenAsync(Key("a1"), StateKey("s"));
        Assert.False(retry.IsRepeat);
        await retry.CommitAsync("[]", [StateWrite(StateKey("s"), "{}")], CancellationToken.None);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM processed_activities WHERE conversation_id = @_conversation", new { _conversation }));
    }
}

/// <summary>A turn's claim, state and records are one transaction: all of them are written, or none.</summary>
public abstract class TurnCommitsTests<TProvider>(MigratedDatabase<TProvider> migrated) : IClassFixture<MigratedDatabase<TProvider>>, IAsyncLifetime
    where TProvider : TestProvider, new()
{
    protected readonly string _conversation = "c-" + Guid.NewGuid().ToString("N");

    protected TurnCommits Commits { get; } = new(migrated.Database, TimeProvider.System);

    protected Database Database => migrated.Database;

    [DatabaseFact]
    public async Task The_claim_the_state_and_the_records_of_a_turn_are_written_together()
    {
        await using (var turn = await Commits.OpenAsync(Key("a1"), StateKey("s")))
        {
            Assert.False(turn.IsRepeat);
            Assert.Null(turn.State);
            await turn.CommitAsync("[\"您好\"]", [StateWrite(StateKey("s"), "{\"step\":1}"), StateWrite(StateKey("record"), "{}")], CancellationToken.None);
        }

        await using var again = await Commits.OpenAsync(Key("a1"), StateKey("s"));
        Assert.True(again.IsRepeat);
        Assert.Equal("[\"您好\"]", again.EarlierResult);
        await using var next = await Commits.OpenAsync(Key("a2"), StateKey("s"));
        Assert.Equal("{\"step\":1}", next.State?.Data);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM bot_state WHERE key = @key", new { key = StateKey("record") }));
    }

    [DatabaseFact]
    public async Task A_commit_that_fails_in_the_middle_writes_nothing_and_the_activity_can_be_handled_again()
    {
        await using (var turn = await Commits.OpenAsync(Key("a1"), StateKey("s")))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                turn.CommitAsync("[\"您好\"]", [StateWrite(StateKey("s"), "{\"step\":1}"), Fail, StateWrite(StateKey("record"), "{}")], CancellationToken.None));
        }

        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM bot_state WHERE key LIKE @prefix", new { prefix = _conversation + "/%" }));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM processed_activities WHERE conversation_id = @_conversation", new { _conversation }));
        await using var retry = await Commits.OpenAsync(Key("a1"), StateKey("s"));
        Assert.False(retry.IsRepeat);
        await retry.CommitAsync("[]", [StateWrite(StateKey("s"), "{\"step\":2}")], CancellationToken.None);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM processed_activities WHERE conversation_id = @_conversation", new { _conversation }));
    }

    [DatabaseFact]
    public async Task A_turn_abandoned_without_a_commit_writes_nothing()
    {
        await using (await Commits.OpenAsync(Key("a1"), StateKey("s")))
        {
        }

        await using var retry = await Commits.OpenAsync(Key("a1"), StateKey("s"));
        Assert.False(retry.IsRepeat);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM processed_activities WHERE conversation_id = @_conversation", new { _conversation }));
    }

    [DatabaseFact]
    public async Task A_second_delivery_during_the_first_waits_for_it_and_answers_as_it_did()
    {
        var first = await Commits.OpenAsync(Key("a1"), StateKey("s"));
        var second = Task.Run(() => Commits.OpenAsync(Key("a1"), StateKey("s")));
        await Task.Delay(300);
        Assert.False(second.IsCompleted);

        await first.CommitAsync("[\"已受理\"]", [StateWrite(StateKey("s"), "{}")], CancellationToken.None);
        await first.DisposeAsync();

        await using var repeat = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(repeat.IsRepeat);
        Assert.Equal("[\"已受理\"]", repeat.EarlierResult);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM processed_activities WHERE conversation_id = @_conversation", new { _conversation }));
    }

    [DatabaseFact]
    public async Task Turns_of_events_without_an_activity_to_claim_still_commit_their_writes()
    {
        await using (var turn = await Commits.OpenAsync(null, StateKey("s")))
        {
            Assert.False(turn.IsRepeat);
            await turn.CommitAsync(null, [StateWrite(StateKey("s"), "{\"greeted\":true}")], CancellationToken.None);
        }

        await using var next = await Commits.OpenAsync(null, StateKey("s"));
        Assert.Equal("{\"greeted\":true}", next.State?.Data);
    }

    protected ActivityKey Key(string activityId) => new("test", _conversation, activityId);

    protected string StateKey(string name) => _conversation + "/" + name;

    protected static TurnWrite StateWrite(string key, string data) => async (connection, transaction, ct) =>
        Assert.True(await BotStateStore.WriteInAsync(connection, transaction, new StoredState(key, BotStateStore.NewETag(), data), null, DateTimeOffset.UtcNow, ct));

    protected static Task Fail(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, CancellationToken ct) =>
        throw new InvalidOperationException("the write fails");

    protected async Task<long> CountAsync(string sql, object parameters)
    {
        await using var connection = await migrated.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;
}
