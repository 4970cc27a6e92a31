using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Volunteers;

public sealed class SqliteVolunteerTeamsTests(SeededDatabase<SqliteProvider> seeded) : VolunteerTeamsTests<SqliteProvider>(seeded);

public sealed class PostgresVolunteerTeamsTests(SeededDatabase<PostgresProvider> seeded) : VolunteerTeamsTests<PostgresProvider>(seeded);

/// <summary>The teams as the demo zone has them: counts, leaders, look-up by code or name.</summary>
public abstract class VolunteerTeamsTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly VolunteerTeams _teams = new(seeded.Database);

    [DatabaseFact]
    public async Task The_three_teams_come_with_their_member_counts_and_leaders()
    {
        var teams = await _teams.AllAsync();

        Assert.Equal(
            [("party_members", 32, "张红梅"), ("safety_patrol", 38, "邵永刚"), ("river_keepers", 35, "俞小芳")],
            teams.Select(team => (team.Code, team.Members, team.LeaderName!)));
        Assert.Equal([true, false, false], teams.Select(team => team.NeedsPartyMember));
        Assert.All(teams, team => Assert.False(team.IsFull));
        Assert.Equal(93, await _teams.VolunteerCountAsync());
    }

    [DatabaseTheory]
    [InlineData("safety_patrol")]
    [InlineData("平安巡防志愿者队伍")]
    [InlineData(" 平安巡防志愿者队伍 ")]
    public async Task A_team_is_found_by_its_code_or_its_name(string key)
    {
        var team = await _teams.FindAsync(key);

        Assert.Equal("safety_patrol", team?.Code);
        var byId = await _teams.FindByIdAsync(team!.Id);
        Assert.Equal((team.Name, team.Capacity, team.LeaderOfficerId, team.Members), (byId!.Name, byId.Capacity, byId.LeaderOfficerId, byId.Members));
    }

    [DatabaseFact]
    public async Task An_unknown_team_is_not_found()
    {
        Assert.Null(await _teams.FindAsync("巡防"));
        Assert.Null(await _teams.FindByIdAsync(424242));
    }
}

/// <summary>A team's listing on its own, no database.</summary>
public sealed class VolunteerTeamListingTests
{
    [Fact]
    public void A_team_is_full_when_its_members_reach_its_capacity()
    {
        Assert.True(new VolunteerTeamListing { Capacity = 3, Members = 3 }.IsFull);
        Assert.False(new VolunteerTeamListing { Capacity = 3, Members = 2 }.IsFull);
        Assert.False(new VolunteerTeamListing { Capacity = null, Members = 300 }.IsFull);
    }
}
