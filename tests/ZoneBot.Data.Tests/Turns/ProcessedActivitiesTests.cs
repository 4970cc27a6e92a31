using Microsoft.Extensions.Time.Testing;
using ZoneBot.Testing;
using ZoneBot.Data.Turns;

namespace ZoneBot.Data.Tests.Turns;

public sealed class SqliteProcessedActivitiesTests(MigratedDatabase<SqliteProvider> migrated) : ProcessedActivitiesTests<SqliteProvider>(migrated);

public sealed class PostgresProcessedActivitiesTests(MigratedDatabase<PostgresProvider> migrated) : ProcessedActivitiesTests<PostgresProvider>(migrated);

/// <summary>An activity is claimed once, whoever races for it; its answer is kept for the repeats.</summary>
public abstract class ProcessedActivitiesTests<TProvider>(MigratedDatabase<TProvider> migrated) : IClassFixture<MigratedDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
    private readonly string _conversation = "c-" + Guid.NewGuid().ToString("N");

    private ProcessedActivities Processed => new(migrated.Database, _time);

    [DatabaseFact]
    public async Task The_first_delivery_claims_the_activity_and_a_repeat_does_not()
    {
        Assert.True(await Processed.TryClaimAsync("test", _conversation, "a1"));
        Assert.False(await Processed.TryClaimAsync("test", _conversation, "a1"));
        Assert.True(await Processed.TryClaimAsync("test", _conversation, "a2"));
    }

    [DatabaseFact]
    public async Task Of_many_deliveries_at_once_exactly_one_claims_the_activity()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Processed.TryClaimAsync("test", _conversation, "race"))));

        Assert.Single(claims, true);
    }

    [DatabaseFact]
    public async Task The_answer_is_kept_once_the_turn_completes()
    {
        await Processed.TryClaimAsync("test", _conversation, "a1");
        Assert.Null(await Processed.FindResultAsync("test", _conversation, "a1"));

        await Processed.CompleteAsync("test", _conversation, "a1", "[\"您好\"]");

        Assert.Equal("[\"您好\"]", await Processed.FindResultAsync("test", _conversation, "a1"));
    }

    [DatabaseFact]
    public async Task A_released_claim_can_be_claimed_again()
    {
        await Processed.TryClaimAsync("test", _conversation, "a1");

        await Processed.ReleaseAsync("test", _conversation, "a1");

        Assert.True(await Processed.TryClaimAsync("test", _conversation, "a1"));
    }

    [DatabaseFact]
    public async Task Purging_forgets_only_the_activities_older_than_the_cutoff()
    {
        await Processed.TryClaimAsync("test", _conversation, "old");
        _time.Advance(TimeSpan.FromDays(4));
        await Processed.TryClaimAsync("test", _conversation, "new");

        var purged = await Processed.PurgeOlderThanAsync(_time.GetUtcNow().AddDays(-3));

        Assert.True(purged >= 1);
        Assert.True(await Processed.TryClaimAsync("test", _conversation, "old"));
        Assert.False(await Processed.TryClaimAsync("test", _conversation, "new"));
    }
}
