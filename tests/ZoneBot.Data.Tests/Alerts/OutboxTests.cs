using Dapper;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Alerts;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Alerts;

public sealed class SqliteOutboxTests : OutboxTests<SqliteProvider>;

public sealed class PostgresOutboxTests : OutboxTests<PostgresProvider>;

/// <summary>The dispatcher's side of the outbox over a real database of its own per test: claims, leases, backoff, dead rows.</summary>
public abstract class OutboxTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    // A database of its own per test: a claim takes whatever is due in it.
    private readonly SeededDatabase<TProvider> _database = new();
    private readonly FakeTimeProvider _clock = new(ZoneInstant(2026, 11, 20, 9, 0));
    private readonly AlertOptions _options = new() { LeaseSeconds = 60, BatchSize = 10, MaxAttempts = 3, BackoffBaseSeconds = 30, BackoffMaxMinutes = 60 };

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private Outbox NewOutbox() => new(_database.Database, _clock, _options);

    [DatabaseFact]
    public async Task A_claimed_alert_is_not_claimed_again_until_its_lease_runs_out()
    {
        var id = await QueueAsync();
        var first = NewOutbox();
        var second = NewOutbox();

        var claimed = await first.ClaimAsync();
        var meanwhile = await second.ClaimAsync();
        _clock.Advance(TimeSpan.FromSeconds(61));
        var afterLease = await second.ClaimAsync();

        Assert.Equal(id, Assert.Single(claimed).Id);
        Assert.Empty(meanwhile);
        Assert.Equal(id, Assert.Single(afterLease).Id);
        Assert.False(await first.MarkSentAsync(claimed[0]), "the first dispatcher lost its claim");
        Assert.True(await second.MarkSentAsync(afterLease[0]));
        Assert.Equal("sent", await StatusAsync(id));
    }

    [DatabaseFact]
    public async Task A_failure_waits_twice_as_long_each_time_and_the_last_attempt_makes_it_dead()
    {
        var id = await QueueAsync();
        var outbox = NewOutbox();

        Assert.False(await outbox.FailAsync(Assert.Single(await outbox.ClaimAsync()), "channel down"));
        Assert.Empty(await outbox.ClaimAsync());
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(await outbox.FailAsync(Assert.Single(await outbox.ClaimAsync()), "channel down"));
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Empty(await outbox.ClaimAsync());
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await outbox.FailAsync(Assert.Single(await outbox.ClaimAsync()), "still down"));

        Assert.Equal("dead", await StatusAsync(id));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await outbox.ClaimAsync());
        var dead = Assert.Single(await outbox.ListAsync(deadOnly: true));
        Assert.Equal((id, 3, "still down"), (dead.Id, dead.Attempts, dead.LastError));
    }

    [DatabaseFact]
    public async Task Retry_makes_a_dead_alert_due_now_with_its_attempts_counted_afresh()
    {
        var id = await QueueAsync();
        await ExecuteAsync("UPDATE outbox SET status = 'dead', attempts = 3 WHERE id = @id", new { id });
        var outbox = NewOutbox();

        Assert.Equal(RetryOutcome.Requeued, await outbox.RetryAsync(id));
        var claimed = Assert.Single(await outbox.ClaimAsync());
        Assert.Equal(0, claimed.Attempts);
        await outbox.MarkSentAsync(claimed);
        Assert.Equal(RetryOutcome.AlreadySent, await outbox.RetryAsync(id));
        Assert.Equal(RetryOutcome.NotFound, await outbox.RetryAsync(424242));
    }

    [DatabaseFact]
    public async Task An_alert_waiting_for_an_officer_to_bind_counts_no_failure()
    {
        var id = await QueueAsync();
        var outbox = NewOutbox();

        await outbox.WaitAsync(Assert.Single(await outbox.ClaimAsync()), "waiting for the officer to bind a chat");

        var entry = Assert.Single(await outbox.ListAsync(deadOnly: false), row => row.Id == id);
        Assert.Equal(("pending", 0, true), (entry.Status, entry.Attempts, entry.Waiting));
        Assert.Empty(await outbox.ClaimAsync());
        _clock.Advance(_options.UnboundRecheck);
        Assert.Single(await outbox.ClaimAsync());
    }

    [DatabaseFact]
    public async Task Two_dispatchers_claiming_at_once_take_each_of_200_due_alerts_exactly_once_and_again_after_the_lease()
    {
        var ids = await QueueManyAsync(200);
        Outbox[] dispatchers = [NewOutbox(), NewOutbox()];

        var claims = await ClaimAllAtOnceAsync(dispatchers);
        var nothingLeft = await dispatchers[0].ClaimAsync();
        _clock.Advance(_options.Lease + TimeSpan.FromSeconds(1));
        var reclaims = await ClaimAllAtOnceAsync(dispatchers);

        Assert.Empty(nothingLeft);
        foreach (var round in new[] { claims, reclaims })
        {
            Assert.Equal(ids.Order(), round.SelectMany(claimed => claimed).Order());
        }
    }

    [DatabaseFact]
    public async Task A_claimed_alert_whose_dispatcher_died_is_claimed_again_after_its_lease_and_only_then()
    {
        var id = await QueueAsync();
        var died = NewOutbox();
        var survivor = NewOutbox();
        var lost = Assert.Single(await died.ClaimAsync());

        _clock.Advance(_options.Lease - TimeSpan.FromSeconds(1));
        var beforeLease = await survivor.ClaimAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var afterLease = await survivor.ClaimAsync();

        Assert.Empty(beforeLease);
        var again = Assert.Single(afterLease);
        Assert.Equal(id, again.Id);
        Assert.True(again.ClaimedUntil > lost.ClaimedUntil);
        Assert.True(await survivor.MarkSentAsync(again));
        Assert.False(await died.MarkSentAsync(lost));
        Assert.Equal("sent", await StatusAsync(id));
    }

    /// <summary>Each dispatcher on a thread of its own, claiming batches until it gets none; what each claimed.</summary>
    private static Task<List<long>[]> ClaimAllAtOnceAsync(Outbox[] dispatchers) =>
        AtOnce.RunAsync(dispatchers.Length, async i =>
        {
            var mine = new List<long>();
            while (await dispatchers[i].ClaimAsync() is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(message => message.Id));
            }
            return mine;
        });

    private async Task<IReadOnlyList<long>> QueueManyAsync(int count)
    {
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await QueueAsync());
        }
        return ids;
    }

    private async Task<long> QueueAsync()
    {
        await using var connection = await _database.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO outbox (kind, recipient_officer_id, payload, status, attempts, next_attempt_at, created_at)
            VALUES ('test.alert', (SELECT MIN(id) FROM officers), '{}', 'pending', 0, @now, @now)
            RETURNING id
            """, new { now = _clock.GetUtcNow() });
    }

    private async Task<string> StatusAsync(long id)
    {
        await using var connection = await _database.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>("SELECT status FROM outbox WHERE id = @id", new { id }) ?? "none";
    }

    private async Task ExecuteAsync(string sql, object parameters)
    {
        await using var connection = await _database.Database.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}
