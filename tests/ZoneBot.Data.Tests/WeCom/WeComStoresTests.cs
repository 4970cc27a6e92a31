using ZoneBot.Data.WeCom;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.WeCom;

public sealed class SqliteWeComStoresTests : WeComStoresTests<SqliteProvider>;

public sealed class PostgresWeComStoresTests : WeComStoresTests<PostgresProvider>;

/// <summary>The WeCom channel's tables: callbacks taken once, the numbered choices, kept images, the kf cursor.</summary>
public abstract class WeComStoresTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private readonly MigratedDatabase<TProvider> _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task A_callback_key_is_taken_once_even_when_two_deliveries_race()
    {
        var received = new WeComReceivedMessages(_database.Database, TimeProvider.System);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => received.TryRecordAsync("1000002:msg:1234567890123456")));

        Assert.Single(outcomes, taken => taken);
        Assert.True(await received.TryRecordAsync("1000002:msg:1234567890123457"));
    }

    [DatabaseFact]
    public async Task Old_callback_keys_are_purged_and_can_no_longer_block()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var received = new WeComReceivedMessages(_database.Database, clock);
        await received.TryRecordAsync("old");
        clock.Advance(TimeSpan.FromDays(4));
        await received.TryRecordAsync("new");

        var purged = await received.PurgeAsync(clock.GetUtcNow() - TimeSpan.FromDays(3));

        Assert.Equal(1, purged);
        Assert.False(await received.TryRecordAsync("new"));
    }

    [DatabaseFact]
    public async Task The_last_offered_choices_replace_the_earlier_ones_and_an_empty_list_clears_them()
    {
        var offered = new WeComOfferedActions(_database.Database, TimeProvider.System);

        await offered.SaveAsync("1000002:ZhangSan", [new("报事", "报事"), new("查询工单", "查询工单")]);
        await offered.SaveAsync("1000002:ZhangSan", [new("ZB-20261201-0001", "ZB-20261201-0001")]);
        await offered.SaveAsync("1000002:LiSi", []);

        Assert.Equal([new OfferedAction("ZB-20261201-0001", "ZB-20261201-0001")], await offered.FindAsync("1000002:ZhangSan"));
        Assert.Empty(await offered.FindAsync("1000002:LiSi"));
        Assert.Empty(await offered.FindAsync("1000002:Nobody"));
    }

    [DatabaseFact]
    public async Task A_kept_image_comes_back_whole()
    {
        var media = new WeComMedia(_database.Database, TimeProvider.System);
        byte[] content = [0xFF, 0xD8, 0x00, 0x7F, 0x80, 0xFF, 0xD9];

        await media.StoreAsync(new WeComMediaFile("abc123", "ZhangSan", "门口.jpg", "image/jpeg", content));
        var file = await media.FindAsync("abc123");

        Assert.NotNull(file);
        Assert.Equal(("ZhangSan", "门口.jpg", "image/jpeg"), (file.UserId, file.Name, file.ContentType));
        Assert.Equal(content, file.Content);
        Assert.Null(await media.FindAsync("abc124"));
    }

    [DatabaseFact]
    public async Task The_kf_cursor_moves_only_from_the_value_read()
    {
        var cursors = new WeComKfCursors(_database.Database, TimeProvider.System);

        Assert.Equal(string.Empty, await cursors.FindAsync("wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw"));
        Assert.True(await cursors.TryAdvanceAsync("wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw", string.Empty, "4gw7MepFLfgF2VC5npN"));
        // A second reader that read the empty cursor too loses: it would take the same messages again.
        Assert.False(await cursors.TryAdvanceAsync("wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw", string.Empty, "4gw7MepFLfgF2VC5npN"));
        Assert.False(await cursors.TryAdvanceAsync("wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw", "stale", "later"));
        Assert.True(await cursors.TryAdvanceAsync("wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw", "4gw7MepFLfgF2VC5npN", "later"));

        Assert.Equal("later", await cursors.FindAsync("wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw"));
    }
}
