using ZoneBot.Testing;
using ZoneBot.Data.Zone;

namespace ZoneBot.Data.Tests.Zone;

public sealed class SqliteGridContactsTests(SeededDatabase<SqliteProvider> seeded) : GridContactsTests<SqliteProvider>(seeded);

public sealed class PostgresGridContactsTests(SeededDatabase<PostgresProvider> seeded) : GridContactsTests<PostgresProvider>(seeded);

/// <summary>The look-ups of 找社管员 on the demo zone (1号网格: 灵水工业社区, liaison 周海燕).</summary>
public abstract class GridContactsTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly GridContacts _grids = new(seeded.Database);

    [DatabaseFact]
    public async Task A_grid_number_gives_its_liaison_and_community_office()
    {
        var contact = await _grids.ForGridNumberAsync(1);

        Assert.NotNull(contact);
        Assert.Equal(("1号网格", "灵水工业社区", "周海燕", "19900000001"), (contact.GridName, contact.CommunityName, contact.LiaisonName, contact.LiaisonPhone));
    }

    [DatabaseFact]
    public async Task A_grid_id_gives_the_same_contact_as_its_number()
    {
        var byNumber = await _grids.ForGridNumberAsync(3);

        Assert.Equal(byNumber, await _grids.ForGridAsync(byNumber!.GridId));
    }

    [DatabaseFact]
    public async Task A_road_gives_its_grids_with_the_most_firms_first()
    {
        var contacts = await _grids.ForRoadAsync("新兴大道");

        Assert.NotEmpty(contacts);
        Assert.Contains(contacts, contact => contact.GridName == "1号网格");
    }


    [DatabaseFact]
    public async Task Every_community_office_is_listed_in_order()
    {
        var offices = await new CommunityOffices(seeded.Database).AllAsync();

        Assert.Equal(2, offices.Count);
        Assert.Contains(offices, office => office.Name == "灵水工业社区");
    }
}
