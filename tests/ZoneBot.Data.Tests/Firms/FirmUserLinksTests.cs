using ZoneBot.Testing;
using ZoneBot.Data.Firms;

namespace ZoneBot.Data.Tests.Firms;

public sealed class SqliteFirmUserLinksTests(SeededDatabase<SqliteProvider> seeded) : FirmUserLinksTests<SqliteProvider>(seeded);

public sealed class PostgresFirmUserLinksTests(SeededDatabase<PostgresProvider> seeded) : FirmUserLinksTests<PostgresProvider>(seeded);

/// <summary>Which firm a chat user speaks for, remembered per channel and user.</summary>
public abstract class FirmUserLinksTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly FirmUserLinks _links = new(seeded.Database, TimeProvider.System);
    private readonly string _user = "u-" + Guid.NewGuid().ToString("N");

    [DatabaseFact]
    public async Task A_link_is_remembered_and_a_new_one_replaces_it()
    {
        await _links.LinkAsync("test", _user, 1);
        Assert.Equal(1L, await _links.FindFirmIdAsync("test", _user));

        await _links.LinkAsync("test", _user, 2);

        Assert.Equal(2L, await _links.FindFirmIdAsync("test", _user));
        Assert.Null(await _links.FindFirmIdAsync("another-channel", _user));
    }

    [DatabaseFact]
    public async Task Unlinking_forgets_the_link_once()
    {
        await _links.LinkAsync("test", _user, 1);

        Assert.True(await _links.UnlinkAsync("test", _user));
        Assert.False(await _links.UnlinkAsync("test", _user));
        Assert.Null(await _links.FindFirmIdAsync("test", _user));
    }
}
