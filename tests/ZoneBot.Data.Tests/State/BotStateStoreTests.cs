using Microsoft.Extensions.Time.Testing;
using ZoneBot.Testing;
using ZoneBot.Data.State;

namespace ZoneBot.Data.Tests.State;

public sealed class SqliteBotStateStoreTests(MigratedDatabase<SqliteProvider> migrated) : BotStateStoreTests<SqliteProvider>(migrated);

public sealed class PostgresBotStateStoreTests(MigratedDatabase<PostgresProvider> migrated) : BotStateStoreTests<PostgresProvider>(migrated);

/// <summary>Rows of bot_state: written with or without the eTag last read, read and deleted by key, purged when idle.</summary>
public abstract class BotStateStoreTests<TProvider>(MigratedDatabase<TProvider> migrated) : IClassFixture<MigratedDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
    private readonly string _key = "test/conversations/" + Guid.NewGuid().ToString("N");

    private BotStateStore Store => new(migrated.Database, _time);

    [DatabaseFact]
    public async Task A_written_row_is_read_back_with_its_etag()
    {
        var etag = await Store.WriteAsync(_key, "{\"a\":1}");

        var row = Assert.Single(await Store.ReadAsync([_key, _key + "/unknown"]));

        Assert.Equal(new StoredState(_key, etag, "{\"a\":1}"), row);
    }

    [DatabaseFact]
    public async Task Every_write_gives_a_new_etag()
    {
        var first = await Store.WriteAsync(_key, "1");
        var second = await Store.WriteIfUnchangedAsync(_key, "2", first);
        var third = await Store.WriteAsync(_key, "3");

        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
        Assert.NotNull(second);
    }

    [DatabaseFact]
    public async Task A_write_with_a_stale_etag_changes_nothing()
    {
        var first = await Store.WriteAsync(_key, "first");
        var second = await Store.WriteIfUnchangedAsync(_key, "second", first);

        var stale = await Store.WriteIfUnchangedAsync(_key, "stale", first);

        Assert.Null(stale);
        Assert.Equal(new StoredState(_key, second!, "second"), Assert.Single(await Store.ReadAsync([_key])));
    }

    [DatabaseFact]
    public async Task Of_two_writers_with_the_same_etag_exactly_one_wins()
    {
        var etag = await Store.WriteAsync(_key, "start");

        var results = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(i => Task.Run(() => Store.WriteIfUnchangedAsync(_key, "writer " + i, etag))));

        Assert.Single(results, result => result is not null);
    }

    [DatabaseFact]
    public async Task A_write_with_an_etag_of_a_deleted_row_writes_it_again()
    {
        var etag = await Store.WriteAsync(_key, "before");
        await Store.DeleteAsync([_key]);

        Assert.NotNull(await Store.WriteIfUnchangedAsync(_key, "after", etag));
        Assert.Equal("after", Assert.Single(await Store.ReadAsync([_key])).Data);
    }

    [DatabaseFact]
    public async Task Reading_or_deleting_unknown_keys_is_harmless()
    {
        Assert.Empty(await Store.ReadAsync(["no/such/key"]));
        Assert.Empty(await Store.ReadAsync([]));

        await Store.DeleteAsync(["no/such/key"]);
        await Store.DeleteAsync([]);
    }

    [DatabaseFact]
    public async Task Purging_deletes_only_the_state_idle_since_the_cutoff()
    {
        await Store.WriteAsync(_key + "/idle", "{}");
        _time.Advance(TimeSpan.FromDays(31));
        await Store.WriteAsync(_key + "/active", "{}");

        var purged = await Store.PurgeIdleAsync(_time.GetUtcNow().AddDays(-30));

        Assert.True(purged >= 1);
        Assert.Equal([_key + "/active"], (await Store.ReadAsync([_key + "/idle", _key + "/active"])).Select(row => row.Key));
    }
}
