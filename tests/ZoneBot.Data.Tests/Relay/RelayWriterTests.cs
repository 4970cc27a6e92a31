using Dapper;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data.Handover;
using ZoneBot.Domain;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Relay;

public sealed class SqliteRelayWriterTests(SeededDatabase<SqliteProvider> seeded) : RelayWriterTests<SqliteProvider>(seeded)
{
    [Fact]
    public async Task Twenty_requests_at_once_from_one_user_queue_at_the_writer_and_open_one_relay()
    {
        // A user tapping 转人工 again and again: each request reads what the one before it wrote.
        var relays = new Relays(Seeded.Database, new FakeTimeProvider(Start), new RelayOptions());
        var (firmId, _) = await RelayTestFirms.WithBoundLiaisonAsync(Seeded.Database, grid: 7);
        var batches = Seeded.Database.GroupCommit!.Batches;

        var opened = await AtOnce.RunAsync(20, _ => relays.RequestAsync(firmId, "test", "tapping"));

        Assert.Equal(20, Seeded.Database.GroupCommit.Batches - batches);
        Assert.Single(opened.Select(relay => relay.Id).Distinct());
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM relays WHERE firm_user_id = 'tapping'"));
    }
}

public sealed class PostgresRelayWriterTests(SeededDatabase<PostgresProvider> seeded) : RelayWriterTests<PostgresProvider>(seeded);

/// <summary>
/// 转人工 is written through the database's one writer on SQLite (a plain transaction on PostgreSQL): what the work wrote is
/// committed, so a request that finds one open, an accept with nothing waiting and an end of an ended relay write nothing.
/// </summary>
public abstract class RelayWriterTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private protected static readonly DateTimeOffset Start = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private protected SeededDatabase<TProvider> Seeded { get; } = seeded;

    [DatabaseFact]
    public async Task Refused_requests_accepts_and_ends_leave_every_relay_row_and_alert_as_it_was()
    {
        var clock = new FakeTimeProvider(Start);
        var relays = new Relays(Seeded.Database, clock, new RelayOptions());
        var (firmId, liaisonId) = await RelayTestFirms.WithBoundLiaisonAsync(Seeded.Database, grid: 4);
        var open = await relays.RequestAsync(firmId, "test", "refused-1");
        var before = await SnapshotAsync();

        Assert.Equal(open.Id, (await relays.RequestAsync(firmId, "test", "refused-1")).Id);
        Assert.Equal(before, await SnapshotAsync());

        var accepted = await relays.AcceptAsync(liaisonId);
        Assert.Equal(open.Id, accepted?.Id);
        var afterAccept = await SnapshotAsync();
        Assert.Null(await relays.AcceptAsync(liaisonId));
        Assert.Equal(afterAccept, await SnapshotAsync());

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await relays.EndAsync(accepted!, "liaison"));
        var afterEnd = await SnapshotAsync();
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(await relays.EndAsync(accepted!, "firm"));
        Assert.Empty(await relays.ExpireAsync(notify: true, open.Id));

        Assert.Equal(afterEnd, await SnapshotAsync());
        Assert.Equal(TimeSpan.FromMinutes(5), (await relays.FindAsync(open.Id))!.Duration(clock.GetUtcNow()));
    }

    [DatabaseFact]
    public async Task Twenty_users_asking_at_once_each_get_a_relay_and_the_liaison_an_alert_for_each()
    {
        var relays = new Relays(Seeded.Database, new FakeTimeProvider(Start), new RelayOptions());
        var (firmId, liaisonId) = await RelayTestFirms.WithBoundLiaisonAsync(Seeded.Database, grid: 5);

        var opened = await AtOnce.RunAsync(20, i => relays.RequestAsync(firmId, "test", $"at-once-{i}"));

        Assert.Equal(20, opened.Select(relay => relay.Id).Distinct().Count());
        Assert.All(opened, relay => Assert.Equal(Data.Handover.Relay.Waiting, relay.Status));
        Assert.Equal(20L, await ScalarAsync(
            "SELECT COUNT(*) FROM outbox WHERE recipient_officer_id = @liaisonId AND kind = @kind", new { liaisonId, kind = RelayAlert.Requested }));
    }

    /// <summary>Every relay with its status and end, and how many lines and alerts there are.</summary>
    private protected async Task<string> SnapshotAsync()
    {
        await using var connection = await Seeded.Database.OpenAsync();
        var rows = await connection.QueryAsync<(long Id, string Status, DateTimeOffset? AcceptedAt, DateTimeOffset? EndedAt, string? EndedBy)>(
            "SELECT id, status, accepted_at, ended_at, ended_by FROM relays ORDER BY id");
        var lines = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM relay_messages");
        var alerts = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox");
        return string.Join("; ", rows) + $" | lines {lines} | alerts {alerts}";
    }

    private protected async Task<long> ScalarAsync(string sql, object? parameters = null)
    {
        await using var connection = await Seeded.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }
}
