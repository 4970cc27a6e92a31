using ZoneBot.Data;

namespace ZoneBot.Data.Tests.Volunteers;

/// <summary>我的报名 in the database: each chat user sees and changes only their own sign-ups.</summary>
public sealed class VolunteerMembershipsTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly VolunteerStore _store = new(seeded.Database);

    [Fact]
    public async Task A_chat_user_sees_their_own_teams_with_their_details()
    {
        await _store.SignUpAsync("safety_patrol", "13900000101", name: "宋江", user: "m1");
        await _store.SignUpAsync("party_members", "13900000101", name: "宋江", user: "m1");
        await _store.SignUpAsync("safety_patrol", "13900000102", name: "吴用", user: "m1-neighbour");

        var mine = await _store.Memberships.OfChatUserAsync("test", "m1");

        Assert.Equal(["平安巡防志愿者队伍", "党员志愿者队伍"], mine.Select(m => m.TeamName));
        Assert.All(mine, m => Assert.Equal(("宋江", "13900000101"), (m.VolunteerName, m.Phone)));
        Assert.Equal("weekends", mine[0].Availability);
    }

    [Fact]
    public async Task Leaving_one_of_two_teams_keeps_the_person()
    {
        await _store.SignUpAsync("safety_patrol", "13900000111", user: "m2");
        await _store.SignUpAsync("river_keepers", "13900000111", user: "m2");
        var patrol = (await _store.Memberships.OfChatUserAsync("test", "m2")).Single(m => m.TeamCode == "safety_patrol");

        Assert.Equal(LeaveOutcome.Left, await _store.Memberships.LeaveAsync("test", "m2", patrol.MembershipId));

        Assert.Equal(["river_keepers"], (await _store.Memberships.OfChatUserAsync("test", "m2")).Select(m => m.TeamCode));
        Assert.Equal(1, await _store.VolunteersWithPhoneAsync("13900000111"));
    }

    [Fact]
    public async Task Leaving_the_last_team_deletes_the_person_row_and_their_alerts()
    {
        var joined = await _store.SignUpAsync("river_keepers", "13900000121", user: "m3");
        var membership = Assert.Single(await _store.Memberships.OfChatUserAsync("test", "m3"));

        Assert.Equal(LeaveOutcome.LeftAndDeleted, await _store.Memberships.LeaveAsync("test", "m3", membership.MembershipId));

        Assert.Equal(0, await _store.VolunteersWithPhoneAsync("13900000121"));
        Assert.Equal(0, await _store.CountAsync("SELECT COUNT(*) FROM volunteer_memberships WHERE id = @id", new { id = membership.MembershipId }));
        Assert.Equal(0, await _store.AlertsAboutAsync(joined.VolunteerId!.Value));
    }

    [Fact]
    public async Task Nobody_can_leave_someone_elses_membership()
    {
        await _store.SignUpAsync("river_keepers", "13900000131", user: "m4");
        var membership = Assert.Single(await _store.Memberships.OfChatUserAsync("test", "m4"));

        Assert.Equal(LeaveOutcome.NotFound, await _store.Memberships.LeaveAsync("test", "intruder", membership.MembershipId));
        Assert.Equal(LeaveOutcome.NotFound, await _store.Memberships.LeaveAsync("other-channel", "m4", membership.MembershipId));

        Assert.Single(await _store.Memberships.OfChatUserAsync("test", "m4"));
    }

    [Fact]
    public async Task Deleting_everything_removes_every_team_person_and_alert_of_that_chat_user_only()
    {
        var first = await _store.SignUpAsync("river_keepers", "13900000141", user: "m5");
        await _store.SignUpAsync("safety_patrol", "13900000141", user: "m5");
        await _store.SignUpAsync("safety_patrol", "13900000142", user: "m5-neighbour");

        Assert.Equal(2, await _store.Memberships.DeleteAllAsync("test", "m5"));

        Assert.Equal(0, await _store.VolunteersWithPhoneAsync("13900000141"));
        Assert.Equal(0, await _store.AlertsAboutAsync(first.VolunteerId!.Value));
        Assert.Equal(1, await _store.VolunteersWithPhoneAsync("13900000142"));
        Assert.Equal(0, await _store.Memberships.DeleteAllAsync("test", "m5"));
    }
}
