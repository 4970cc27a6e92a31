using Dapper;
using ZoneBot.Data.Handover;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Turns;
using ZoneBot.Domain;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Turns;

public sealed class SqliteTurnSenderTests(SeededDatabase<SqliteProvider> seeded) : TurnSenderTests<SqliteProvider>(seeded);

public sealed class PostgresTurnSenderTests(SeededDatabase<PostgresProvider> seeded) : TurnSenderTests<PostgresProvider>(seeded)
{
    [DatabaseFact]
    public async Task Who_is_talking_costs_a_message_no_round_trip_beside_the_claim_and_the_state()
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(Seeded.Database.ConnectionString).Database;
        var officer = await BindOfficerAsync(grid: 4);
        using var commands = new NpgsqlCommandCounter(database!);

        await using var turn = await Commits.OpenAsync(Key("a1"), StateKey, officer, CancellationToken.None);

        Assert.Equal(1, commands.Count);
        Assert.Equal("liaison-4", turn.Sender?.Officer?.ChannelUserId);
    }
}

/// <summary>
/// Who is talking (the officer, the stored chat references, the open relay), read with the claim and the state in a
/// turn's first round trip, as ChatPresence and the relay desk read it on their own.
/// </summary>
public abstract class TurnSenderTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly string _conversation = "c-" + Guid.NewGuid().ToString("N");

    protected SeededDatabase<TProvider> Seeded => seeded;

    protected TurnCommits Commits { get; } = new(seeded.Database, TimeProvider.System);

    protected string StateKey => "test/conversations/" + _conversation;

    [DatabaseFact]
    public async Task A_bound_officer_is_read_with_the_turn_with_their_stored_reference()
    {
        var officer = await BindOfficerAsync(grid: 2);

        await using var turn = await Commits.OpenAsync(Key("a1"), StateKey, officer, CancellationToken.None);

        Assert.False(turn.IsRepeat);
        Assert.Equal(officer, turn.Sender?.Key);
        Assert.Equal(OfficerRole.Liaison, turn.Sender?.Officer?.Role);
        Assert.Equal("{\"conversation\":{\"id\":\"old\"}}", turn.Sender?.OfficerReference);
        Assert.Null(turn.Sender?.UserReference);
        Assert.Null(turn.Sender?.OpenRelay);
    }

    [DatabaseFact]
    public async Task A_firm_user_is_read_with_their_stored_reference_and_the_relay_they_have_open()
    {
        var user = new TurnSenderKey("test", "firm-user-" + _conversation);
        var presence = new ChatPresence(seeded.Database, TimeProvider.System);
        await presence.SaveAsync(user.ChannelId, user.UserId, "{\"conversation\":{\"id\":\"filed-here\"}}");
        var firmId = await ScalarAsync<long>("SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = 3 ORDER BY f.id LIMIT 1");
        await BindOfficerAsync(grid: 3);
        var relay = await new Relays(seeded.Database, TimeProvider.System, new RelayOptions()).RequestAsync(firmId, user.ChannelId, user.UserId);

        await using var turn = await Commits.OpenAsync(Key("a1"), StateKey, user, CancellationToken.None);

        Assert.Null(turn.Sender?.Officer);
        Assert.Null(turn.Sender?.OfficerReference);
        Assert.Equal("{\"conversation\":{\"id\":\"filed-here\"}}", turn.Sender?.UserReference);
        Assert.Equal(relay.Id, turn.Sender?.OpenRelay?.Id);
        Assert.Equal(Data.Handover.Relay.Waiting, turn.Sender?.OpenRelay?.Status);
        Assert.False(string.IsNullOrEmpty(turn.Sender?.OpenRelay?.FirmName));
    }

    [DatabaseFact]
    public async Task A_stranger_is_read_as_no_one_and_a_turn_that_does_not_ask_reads_no_one()
    {
        var stranger = new TurnSenderKey("test", "stranger-" + _conversation);

        await using (var turn = await Commits.OpenAsync(Key("a1"), StateKey, stranger, CancellationToken.None))
        {
            Assert.Equal(new TurnSender(stranger, null, null, null, null), turn.Sender);
            await turn.CommitAsync("[]", [], CancellationToken.None);
        }
        await using var withoutSender = await Commits.OpenAsync(Key("a2"), StateKey);
        Assert.Null(withoutSender.Sender);
        await using var eventTurn = await Commits.OpenAsync(null, StateKey, stranger, CancellationToken.None);
        Assert.Equal(stranger, eventTurn.Sender?.Key);
    }

    [DatabaseFact]
    public async Task Read_on_its_own_who_is_talking_is_the_same_as_read_with_the_turn()
    {
        var officer = await BindOfficerAsync(grid: 5);

        await using var turn = await Commits.OpenAsync(Key("a1"), StateKey, officer, CancellationToken.None);
        var alone = await TurnSender.ReadAsync(seeded.Database, officer);

        Assert.Equal(turn.Sender, alone);
    }

    protected ActivityKey Key(string activityId) => new("test", _conversation, activityId);

    /// <summary>The liaison of a grid, bound to a chat of this test with a stored reference.</summary>
    protected async Task<TurnSenderKey> BindOfficerAsync(int grid)
    {
        var key = new TurnSenderKey("test", "liaison-" + grid);
        await using var connection = await seeded.Database.OpenAsync();
        await connection.ExecuteAsync("""
            UPDATE officers SET conversation_reference = @reference, channel_id = @ChannelId, channel_user_id = @UserId
            WHERE id = (SELECT MIN(o.id) FROM officers AS o JOIN grids AS g ON g.id = o.grid_id WHERE g.number = @grid AND o.role = 'liaison')
            """, new { reference = "{\"conversation\":{\"id\":\"old\"}}", key.ChannelId, key.UserId, grid });
        return key;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await seeded.Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
