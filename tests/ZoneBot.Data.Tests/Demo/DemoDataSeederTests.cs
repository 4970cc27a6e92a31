using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Demo;
using ZoneBot.Domain;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Demo;

public sealed class SqliteDemoDataSeederTests(SeededDatabase<SqliteProvider> seeded) : DemoDataSeederTests<SqliteProvider>(seeded)
{
    [Fact]
    public async Task Every_reference_points_at_an_existing_row()
    {
        await using var connection = await Seeded.Database.OpenAsync();

        Assert.Empty(await connection.QueryAsync("PRAGMA foreign_key_check"));
    }
}

public sealed class PostgresDemoDataSeederTests(SeededDatabase<PostgresProvider> seeded) : DemoDataSeederTests<PostgresProvider>(seeded);

/// <summary>The demo zone, loaded on each provider.</summary>
public abstract class DemoDataSeederTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    protected SeededDatabase<TProvider> Seeded => seeded;

    [DatabaseTheory]
    [InlineData("communities", 2)]
    [InlineData("grids", 10)]
    [InlineData("firms", 743)]
    [InlineData("volunteer_teams", 3)]
    [InlineData("officers", 16)]
    [InlineData("volunteers", 93)]
    [InlineData("volunteer_memberships", 105)]
    public async Task A_fresh_database_holds_the_whole_demo_data(string table, long expected)
    {
        Assert.Equal(expected, await CountAsync(seeded.Database, table));
    }

    [DatabaseFact]
    public async Task Seeding_twice_loads_the_demo_data_once()
    {
        var loadedAgain = await new DemoDataSeeder(seeded.Database).SeedAsync();

        Assert.False(loadedAgain);
        Assert.Equal(2L, await CountAsync(seeded.Database, "communities"));
        Assert.Equal(743L, await CountAsync(seeded.Database, "firms"));
        Assert.Equal(16L, await CountAsync(seeded.Database, "officers"));
    }

    [DatabaseFact]
    public async Task Instances_starting_at_once_load_the_demo_data_once()
    {
        await using var fresh = await seeded.Provider.CreateDatabaseAsync();
        fresh.Migrate();

        var loaded = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => new DemoDataSeeder(fresh.Database).SeedAsync())));

        Assert.Single(loaded, true);
        Assert.Equal(743L, await CountAsync(fresh.Database, "firms"));
    }

    [DatabaseFact]
    public async Task Every_firm_has_a_valid_credit_code_of_its_own()
    {
        await using var connection = await seeded.Database.OpenAsync();

        var codes = (await connection.QueryAsync<string>("SELECT credit_code FROM firms")).ToList();

        Assert.All(codes, code => Assert.True(UnifiedSocialCreditCode.IsValid(code), code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [DatabaseFact]
    public async Task Every_grid_has_its_liaison()
    {
        await using var connection = await seeded.Database.OpenAsync();

        var gridsWithoutLiaison = await connection.QueryAsync<string>("""
            SELECT g.name
            FROM grids AS g
            WHERE NOT EXISTS (SELECT 1 FROM officers AS o WHERE o.grid_id = g.id AND o.role = 'liaison')
            """);

        Assert.Empty(gridsWithoutLiaison);
    }

    [DatabaseFact]
    public async Task Each_community_has_five_grids_and_a_secretary()
    {
        await using var connection = await seeded.Database.OpenAsync();

        var rows = await connection.QueryAsync<(string Name, long Grids, long Secretaries)>("""
            SELECT c.name,
                   (SELECT COUNT(*) FROM grids AS g WHERE g.community_id = c.id),
                   (SELECT COUNT(*) FROM officers AS o WHERE o.community_id = c.id AND o.role = 'secretary')
            FROM communities AS c
            """);

        Assert.All(rows, row => Assert.Equal((5L, 1L), (row.Grids, row.Secretaries)));
        Assert.Contains(rows, row => row.Name == "灵水工业社区");
    }

    [DatabaseFact]
    public async Task The_example_firm_is_there_by_its_name_and_short_name()
    {
        await using var connection = await seeded.Database.OpenAsync();

        var firm = await connection.QuerySingleAsync<(string Name, string Grid, string Address)>("""
            SELECT f.name, g.name, f.address
            FROM firms AS f
            JOIN grids AS g ON g.id = f.grid_id
            WHERE f.short_name = @shortName
            """, new { shortName = "华信电器" });

        Assert.Equal(("慈溪市华信电器有限公司", "1号网格", "慈溪滨海经济开发区新兴大道118号"), firm);
    }

    [DatabaseFact]
    public async Task Every_team_has_a_leader_and_only_the_party_team_asks_about_membership()
    {
        await using var connection = await seeded.Database.OpenAsync();

        var teams = (await connection.QueryAsync<(string Name, bool NeedsPartyMember, long? Leader)>(
            "SELECT name, needs_party_member, leader_officer_id FROM volunteer_teams ORDER BY name")).ToList();

        Assert.All(teams, team => Assert.NotNull(team.Leader));
        Assert.Equal(["党员志愿者队伍"], teams.Where(team => team.NeedsPartyMember).Select(team => team.Name));
    }

    [DatabaseFact]
    public async Task A_row_that_refers_to_a_missing_grid_loads_nothing_at_all()
    {
        await using var fresh = await seeded.Provider.CreateDatabaseAsync();
        fresh.Migrate();
        var data = DemoCsv.ReadEmbedded();
        var broken = data with { Firms = [.. data.Firms.Take(10), data.Firms[10] with { GridCode = "G99" }] };

        await Assert.ThrowsAsync<InvalidDataException>(() => new DemoDataSeeder(fresh.Database).SeedAsync(broken));

        Assert.Equal(0L, await CountAsync(fresh.Database, "communities"));
    }

    private static async Task<long> CountAsync(Database database, string table)
    {
        await using var connection = await database.OpenAsync();
        // The table name is one of this class's constants, never user text.
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }
}
