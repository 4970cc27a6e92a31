using ZoneBot.Data;

namespace ZoneBot.Data.Tests.Volunteers;

/// <summary>The teams as the demo zone has them: counts, leaders, look-up by code or name.</summary>
public sealed class VolunteerTeamsTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly VolunteerTeams _teams = new(seeded.Database);

    [Fact]
    public async Task The_three_teams_come_with_their_member_counts_and_leaders()
    {
        var teams = await _teams.AllAsync();

        Assert.Equal(
            [("party_members", 32, "张红梅"), ("safety_patrol", 38, "邵永刚"), ("river_keepers", 35, "俞小芳")],
            teams.Select(team => (team.Code, team.Members, team.LeaderName!)));
        Assert.Equal([true, false, false], teams.Select(team => team.NeedsPartyMember));
        Assert.All(teams, team => Assert.False(team.IsFull));
    }

    [Theory]
    [InlineData("safety_patrol")]
    [InlineData("平安巡防志愿者队伍")]
    [InlineData(" 平安巡防志愿者队伍 ")]
    public async Task A_team_is_found_by_its_code_or_its_name(string key)
    {
        Assert.Equal("safety_patrol", (await _teams.FindAsync(key))?.Code);
    }

    [Fact]
    public async Task An_unknown_team_is_not_found()
    {
        Assert.Null(await _teams.FindAsync("巡防"));
    }

    [Fact]
    public void A_team_is_full_when_its_members_reach_its_capacity()
    {
        Assert.True(new VolunteerTeamListing { Capacity = 3, Members = 3 }.IsFull);
        Assert.False(new VolunteerTeamListing { Capacity = 3, Members = 2 }.IsFull);
        Assert.False(new VolunteerTeamListing { Capacity = null, Members = 300 }.IsFull);
    }
}
