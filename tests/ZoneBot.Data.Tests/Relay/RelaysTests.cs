using Dapper;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Handover;
using ZoneBot.Domain;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Relay;

public sealed class SqliteRelaysTests(SeededDatabase<SqliteProvider> seeded) : RelaysTests<SqliteProvider>(seeded);

public sealed class PostgresRelaysTests(SeededDatabase<PostgresProvider> seeded) : RelaysTests<PostgresProvider>(seeded);

/// <summary>
/// 转人工 in the database: a relay moves waiting → active → ended (or waiting → missed) once, each move
/// with its outbox row for the other side in the same transaction, and the record says who, when, how long.
/// </summary>
public abstract class RelaysTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    [DatabaseFact]
    public async Task A_relay_is_requested_accepted_carries_messages_both_ways_and_is_ended_once()
    {
        var clock = new FakeTimeProvider(Start);
        var relays = new Relays(seeded.Database, clock, new RelayOptions());
        var (firmId, liaisonId) = await RelayTestFirms.WithBoundLiaisonAsync(seeded.Database, grid: 1);

        var relay = await relays.RequestAsync(firmId, "test", "firm-user-1");
        Assert.Equal(Data.Handover.Relay.Waiting, relay.Status);
        Assert.Equal(relay.Id, (await relays.RequestAsync(firmId, "test", "firm-user-1")).Id);
        Assert.Equal([RelayAlert.Requested], await KindsForOfficerAsync(liaisonId, relay.Id));

        clock.Advance(TimeSpan.FromMinutes(2));
        var accepted = await relays.AcceptAsync(liaisonId);
        Assert.Equal(relay.Id, accepted?.Id);
        Assert.Null(await relays.AcceptAsync(liaisonId));
        Assert.True(await relays.SayAsync(accepted!, "firm", "门口的路什么时候修"));
        Assert.True(await relays.SayAsync(accepted!, "liaison", "下周一"));
        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(await relays.EndAsync(accepted!, "firm"));
        Assert.False(await relays.EndAsync(accepted!, "liaison"));

        Assert.Equal([RelayAlert.Requested, RelayAlert.FromFirm, RelayAlert.Ended], await KindsForOfficerAsync(liaisonId, relay.Id));
        Assert.Equal([RelayAlert.Accepted, RelayAlert.FromLiaison], await KindsForUserAsync("firm-user-1", relay.Id));
        var record = (await relays.ListAsync()).Single(row => row.Id == relay.Id);
        Assert.Equal((Data.Handover.Relay.Ended, "firm"), (record.Status, record.EndedBy));
        Assert.Equal(TimeSpan.FromMinutes(10), record.Duration(clock.GetUtcNow()));
        Assert.Equal(["门口的路什么时候修", "下周一"], (await relays.TranscriptAsync(relay.Id)).Select(line => line.Text));
    }

    [DatabaseFact]
    public async Task A_request_no_one_accepts_in_time_is_missed_once_and_the_firm_is_told()
    {
        var clock = new FakeTimeProvider(Start);
        var relays = new Relays(seeded.Database, clock, new RelayOptions { AcceptSeconds = 300 });
        var (firmId, liaisonId) = await RelayTestFirms.WithBoundLiaisonAsync(seeded.Database, grid: 2);
        var relay = await relays.RequestAsync(firmId, "test", "firm-user-2");

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.DoesNotContain(await relays.ExpireAsync(notify: true), missed => missed.Id == relay.Id);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await relays.AcceptAsync(liaisonId));
        Assert.Contains(await relays.ExpireAsync(notify: true), missed => missed.Id == relay.Id);
        Assert.DoesNotContain(await relays.ExpireAsync(notify: true), missed => missed.Id == relay.Id);

        Assert.Equal([RelayAlert.Missed], await KindsForUserAsync("firm-user-2", relay.Id));
        Assert.Equal(relay.Id, (await relays.RecentlyMissedAsync("test", "firm-user-2"))?.Id);
        Assert.Null(await relays.OpenForUserAsync("test", "firm-user-2"));
    }

    [DatabaseFact]
    public async Task A_liaison_who_has_not_bound_a_chat_makes_the_request_missed_at_once_without_an_alert()
    {
        var relays = new Relays(seeded.Database, new FakeTimeProvider(Start), new RelayOptions());
        await using var connection = await seeded.Database.OpenAsync();
        var firmId = await connection.ExecuteScalarAsync<long>(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = 3 ORDER BY f.id LIMIT 1");
        await connection.ExecuteAsync("UPDATE officers SET conversation_reference = NULL WHERE role = 'liaison' AND grid_id = (SELECT grid_id FROM firms WHERE id = @firmId)", new { firmId });

        var relay = await relays.RequestAsync(firmId, "test", "firm-user-3");

        Assert.Equal((Data.Handover.Relay.Missed, "unavailable"), (relay.Status, relay.EndedBy));
        Assert.NotNull(relay.LiaisonPhone);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE kind LIKE 'relay.%' AND payload LIKE @id", new { id = $"%\"relayId\":{relay.Id},%" }));
    }

    private async Task<List<string>> KindsForOfficerAsync(long officerId, long relayId)
    {
        await using var connection = await seeded.Database.OpenAsync();
        return [.. await connection.QueryAsync<string>(
            "SELECT kind FROM outbox WHERE recipient_officer_id = @officerId AND kind LIKE 'relay.%' AND payload LIKE @id ORDER BY id",
            new { officerId, id = $"%\"relayId\":{relayId},%" })];
    }

    private async Task<List<string>> KindsForUserAsync(string userId, long relayId)
    {
        await using var connection = await seeded.Database.OpenAsync();
        return [.. await connection.QueryAsync<string>(
            "SELECT kind FROM outbox WHERE recipient_user_id = @userId AND kind LIKE 'relay.%' AND payload LIKE @id ORDER BY id",
            new { userId, id = $"%\"relayId\":{relayId},%" })];
    }
}
