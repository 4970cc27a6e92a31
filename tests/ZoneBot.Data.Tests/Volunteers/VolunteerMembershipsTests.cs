using ZoneBot.Testing;
using ZoneBot.Data.Volunteers;

namespace ZoneBot.Data.Tests.Volunteers;

public sealed class SqliteVolunteerMembershipsTests(SeededDatabase<SqliteProvider> seeded) : VolunteerMembershipsTests<SqliteProvider>(seeded);

public sealed class PostgresVolunteerMembershipsTests(SeededDatabase<PostgresProvider> seeded) : VolunteerMembershipsTests<PostgresProvider>(seeded);

/// <summary>我的报名 in the database: each chat user sees and changes only their own sign-ups.</summary>
public abstract class VolunteerMembershipsTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly VolunteerStore _store = new(seeded.Database);

    [DatabaseFact]
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

    [DatabaseFact]
    public async Task Leaving_one_of_two_teams_keeps_the_person()
    {
        await _store.SignUpAsync("safety_patrol", "13900000111", user: "m2");
        await _store.SignUpAsync("river_keepers", "13900000111", user: "m2");
        var patrol = (await _store.Memberships.OfChatUserAsync("test", "m2")).Single(m => m.TeamCode == "safety_patrol");

        Assert.Equal(LeaveOutcome.Left, await _store.Memberships.LeaveAsync("test", "m2", patrol.MembershipId));

        Assert.Equal(["river_keepers"], (await _store.Memberships.OfChatUserAsync("test", "m2")).Select(m => m.TeamCode));
        Assert.Equal(1, await _store.VolunteersWithPhoneAsync("13900000111"));
    }

    [DatabaseFact]
    public async Task Leaving_the_last_team_deletes_the_person_row_and_their_alerts()
    {
        var joined = await _store.SignUpAsync("river_keepers", "13900000121", user: "m3");
        var membership = Assert.Single(await _store.Memberships.OfChatUserAsync("test", "m3"));

        Assert.Equal(LeaveOutcome.LeftAndDeleted, await _store.Memberships.LeaveAsync("test", "m3", membership.MembershipId));

        Assert.Equal(0, await _store.VolunteersWithPhoneAsync("13900000121"));
        Assert.Equal(0, await _store.CountAsync("SELECT COUNT(*) FROM volunteer_memberships WHERE id = @id", new { id = membership.MembershipId }));
        Assert.Equal(0, await _store.AlertsAboutAsync(joined.VolunteerId!.Value));
    }

    [DatabaseFact]
    public async Task Nobody_can_leave_someone_elses_membership()
    {
        await _store.SignUpAsync("river_keepers", "13900000131", user: "m4");
        var membership = Assert.Single(await _store.Memberships.OfChatUserAsync("test", "m4"));

        Assert.Equal(LeaveOutcome.NotFound, await _store.Memberships.LeaveAsync("test", "intruder", membership.MembershipId));
        Assert.Equal(LeaveOutcome.NotFound, await _store.Memberships.LeaveAsync("other-channel", "m4", membership.MembershipId));

        Assert.Single(await _store.Memberships.OfChatUserAsync("test", "m4"));
    }

    [DatabaseFact]
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

    [DatabaseFact]
    public async Task Leaving_the_last_team_while_the_same_person_joins_another_keeps_the_new_membership()
    {
        // Two instances at once: whichever goes first, the sign-up that says Joined keeps its person, its
        // membership and its alert, and no alert is left about a person who was deleted.
        await _store.TeamIdAsync("river_keepers");
        await _store.TeamIdAsync("safety_patrol");
        for (var round = 0; round < 20; round++)
        {
            var (phone, user) = ($"137000002{round:D2}", $"m6-{round}");
            var first = await _store.SignUpAsync("river_keepers", phone, user: user);
            var river = Assert.Single(await _store.Memberships.OfChatUserAsync("test", user));
            var before = await _store.RowsAsync();

            var results = await AtOnce.RunAsync<object>(2, async i => i == 0
                ? await _store.Memberships.LeaveAsync("test", user, river.MembershipId)
                : await _store.SignUpAsync("safety_patrol", phone, user: user));

            var (left, joined) = ((LeaveOutcome)results[0], (SignUpOutcome)results[1]);
            Assert.Equal(SignUpStatus.Joined, joined.Status);
            Assert.Equal(["safety_patrol"], (await _store.Memberships.OfChatUserAsync("test", user)).Select(m => m.TeamCode));
            Assert.Equal(1, await _store.VolunteersWithPhoneAsync(phone));
            Assert.Equal(
                left == LeaveOutcome.Left
                    ? (before.Volunteers, before.Memberships, before.Alerts + 1) // joined first: one of two teams left
                    : before,                                                    // left first: the person went, with the alert, and came back
                await _store.RowsAsync());
            if (left == LeaveOutcome.Left)
            {
                Assert.Equal(first.VolunteerId, joined.VolunteerId);
            }
            else
            {
                Assert.Equal(LeaveOutcome.LeftAndDeleted, left);
                Assert.Equal(1, await _store.AlertsAboutAsync(joined.VolunteerId!.Value));
            }
        }
    }

    [DatabaseFact]
    public async Task Deleting_everything_while_the_same_person_joins_a_team_deletes_both_or_keeps_only_the_later_sign_up()
    {
        await _store.TeamIdAsync("river_keepers");
        await _store.TeamIdAsync("safety_patrol");
        for (var round = 0; round < 20; round++)
        {
            var (phone, user) = ($"137000003{round:D2}", $"m7-{round}");
            await _store.SignUpAsync("river_keepers", phone, user: user);
            var before = await _store.RowsAsync();

            var results = await AtOnce.RunAsync<object>(2, async i => i == 0
                ? await _store.Memberships.DeleteAllAsync("test", user)
                : await _store.SignUpAsync("safety_patrol", phone, user: user));

            var (deleted, joined) = ((int)results[0], (SignUpOutcome)results[1]);
            Assert.Equal(SignUpStatus.Joined, joined.Status);
            var mine = (await _store.Memberships.OfChatUserAsync("test", user)).Select(m => m.TeamCode);
            if (deleted == 1)
            {
                // Deleted first: the sign-up came after, and stands with a person and an alert of its own.
                Assert.Equal(["safety_patrol"], mine);
                Assert.Equal(before, await _store.RowsAsync());
                Assert.Equal(1, await _store.AlertsAboutAsync(joined.VolunteerId!.Value));
            }
            else
            {
                // Joined first: deleting everything took both teams, the person and both alerts.
                Assert.Equal(2, deleted);
                Assert.Empty(mine);
                Assert.Equal((before.Volunteers - 1, before.Memberships - 1, before.Alerts - 1), await _store.RowsAsync());
            }
        }
    }
}
