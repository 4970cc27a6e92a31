using Dapper;
using ZoneBot.Data;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Demo;

public class DemoDataSeederTests : IClassFixture<SeededDatabase>
{
    private readonly SeededDatabase _seeded;

    public DemoDataSeederTests(SeededDatabase seeded) => _seeded = seeded;

    [Theory]
    [InlineData("communities", 2)]
    [InlineData("grids", 10)]
    [InlineData("firms", 743)]
    [InlineData("volunteer_teams", 3)]
    [InlineData("officers", 16)]
    [InlineData("volunteers", 93)]
    [InlineData("volunteer_memberships", 105)]
    public async Task A_fresh_database_holds_the_whole_demo_data(string table, long expected)
    {
        Assert.Equal(expected, await CountAsync(table));
    }

    [Fact]
    public async Task Seeding_twice_loads_the_demo_data_once()
    {
        var loadedAgain = await new DemoDataSeeder(_seeded.Database).SeedAsync();

        Assert.False(loadedAgain);
        Assert.Equal(2L, await CountAsync("communities"));
        Assert.Equal(743L, await CountAsync("firms"));
        Assert.Equal(16L, await CountAsync("officers"));
    }

    [Fact]
    public async Task Every_firm_has_a_valid_credit_code_of_its_own()
    {
        await using var connection = await _seeded.Database.OpenAsync();

        var codes = (await connection.QueryAsync<string>("SELECT credit_code FROM firms")).ToList();

        Assert.All(codes, code => Assert.True(UnifiedSocialCreditCode.IsValid(code), code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public async Task Every_grid_has_its_liaison()
    {
        await using var connection = await _seeded.Database.OpenAsync();

        var gridsWithoutLiaison = await connection.QueryAsync<string>("""
            SELECT g.name
            FROM grids AS g
            WHERE NOT EXISTS (SELECT 1 FROM officers AS o WHERE o.grid_id = g.id AND o.role = 'liaison')
            """);

        Assert.Empty(gridsWithoutLiaison);
    }

    [Fact]
    public async Task Each_community_has_five_grids_and_a_secretary()
    {
        await using var connection = await _seeded.Database.OpenAsync();

        var rows = await connection.QueryAsync<(string Name, long Grids, long Secretaries)>("""
            SELECT c.name,
                   (SELECT COUNT(*) FROM grids AS g WHERE g.community_id = c.id),
                   (SELECT COUNT(*) FROM officers AS o WHERE o.community_id = c.id AND o.role = 'secretary')
            FROM communities AS c
            """);

        Assert.All(rows, row => Assert.Equal((5L, 1L), (row.Grids, row.Secretaries)));
        Assert.Contains(rows, row => row.Name == "灵水工业社区");
    }

    [Fact]
    public async Task The_example_firm_is_there_by_its_name_and_short_name()
    {
        await using var connection = await _seeded.Database.OpenAsync();

        var firm = await connection.QuerySingleAsync<(string Name, string Grid, string Address)>("""
            SELECT f.name, g.name, f.address
            FROM firms AS f
            JOIN grids AS g ON g.id = f.grid_id
            WHERE f.short_name = @shortName
            """, new { shortName = "华信电器" });

        Assert.Equal(("慈溪市华信电器有限公司", "1号网格", "慈溪滨海经济开发区新兴大道118号"), firm);
    }

    [Fact]
    public async Task Every_team_has_a_leader_and_only_the_party_team_asks_about_membership()
    {
        await using var connection = await _seeded.Database.OpenAsync();

        var teams = (await connection.QueryAsync<(string Name, bool NeedsPartyMember, long? Leader)>(
            "SELECT name, needs_party_member, leader_officer_id FROM volunteer_teams ORDER BY name")).ToList();

        Assert.All(teams, team => Assert.NotNull(team.Leader));
        Assert.Equal(["党员志愿者队伍"], teams.Where(team => team.NeedsPartyMember).Select(team => team.Name));
    }

    [Fact]
    public async Task Every_reference_points_at_an_existing_row()
    {
        await using var connection = await _seeded.Database.OpenAsync();

        Assert.Empty(await connection.QueryAsync("PRAGMA foreign_key_check"));
    }

    [Fact]
    public async Task A_row_that_refers_to_a_missing_grid_loads_nothing_at_all()
    {
        using var fresh = new TempDatabase();
        fresh.Migrate();
        var data = DemoCsv.ReadEmbedded();
        var broken = data with { Firms = [.. data.Firms.Take(10), data.Firms[10] with { GridCode = "G99" }] };

        await Assert.ThrowsAsync<InvalidDataException>(() => new DemoDataSeeder(fresh.Database).SeedAsync(broken));

        await using var connection = await fresh.Database.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM communities"));
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = await _seeded.Database.OpenAsync();
        // The table name is one of this class's constants, never user text.
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }
}
