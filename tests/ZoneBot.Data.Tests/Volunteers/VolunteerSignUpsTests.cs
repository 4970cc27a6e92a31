using Dapper;
using Microsoft.Data.Sqlite;
using ZoneBot.Data;

namespace ZoneBot.Data.Tests.Volunteers;

/// <summary>The sign-up transaction on the demo zone: all of it or nothing.</summary>
public sealed class VolunteerSignUpsTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private readonly VolunteerStore _store = new(seeded.Database);

    [Fact]
    public async Task A_sign_up_stores_the_person_the_membership_and_an_alert_to_the_team_leader()
    {
        var before = await _store.RowsAsync();

        var outcome = await _store.SignUpAsync("safety_patrol", "13900000001", name: "甘露", availability: "weekends,evenings");

        Assert.Equal(SignUpStatus.Joined, outcome.Status);
        Assert.Equal((before.Volunteers + 1, before.Memberships + 1, before.Alerts + 1), await _store.RowsAsync());
        await using var connection = await seeded.Database.OpenAsync();
        var alert = await connection.QuerySingleAsync<(string Kind, long Recipient, string Payload, string Status)>(
            "SELECT kind, recipient_officer_id, payload, status FROM outbox WHERE payload LIKE @pattern",
            new { pattern = VolunteerSignUpAlert.PayloadPatternOf(outcome.VolunteerId!.Value) });
        var leader = await connection.ExecuteScalarAsync<long>("SELECT leader_officer_id FROM volunteer_teams WHERE code = 'safety_patrol'");
        var payload = VolunteerSignUpAlert.FromJson(alert.Payload)!;
        Assert.Equal(("volunteer.signed_up", leader, "pending"), (alert.Kind, alert.Recipient, alert.Status));
        Assert.Equal(("平安巡防志愿者队伍", "甘露", "139****0001", "weekends,evenings"), (payload.Team, payload.Volunteer, payload.Phone, payload.Availability));
        Assert.DoesNotContain("13900000001", alert.Payload);
        var consentAt = await connection.ExecuteScalarAsync<string>("SELECT consent_at FROM volunteers WHERE phone = '13900000001'");
        Assert.Equal("2026-11-28T01:00:00.0000000Z", consentAt);
    }

    [Fact]
    public async Task The_same_phone_for_the_same_team_is_refused_with_its_date_and_writes_nothing()
    {
        await _store.SignUpAsync("river_keepers", "13900000002", name: "初次");
        var before = await _store.RowsAsync();

        var again = await _store.SignUpAsync("river_keepers", "13900000002", name: "再次");

        Assert.Equal(SignUpStatus.AlreadyMember, again.Status);
        Assert.NotNull(again.Since);
        Assert.Equal(again.Since, await _store.SignUps.MemberSinceAsync("13900000002", await _store.TeamIdAsync("river_keepers")));
        Assert.Equal(before, await _store.RowsAsync());
        Assert.Equal(0, await _store.CountAsync("SELECT COUNT(*) FROM volunteers WHERE name = '再次'"));
    }

    [Fact]
    public async Task A_second_team_adds_a_membership_to_the_same_person()
    {
        var first = await _store.SignUpAsync("river_keepers", "13900000003");
        var second = await _store.SignUpAsync("safety_patrol", "13900000003");

        Assert.Equal(SignUpStatus.Joined, second.Status);
        Assert.Equal(first.VolunteerId, second.VolunteerId);
        Assert.Equal(1, await _store.VolunteersWithPhoneAsync("13900000003"));
        Assert.Equal(2, await _store.AlertsAboutAsync(first.VolunteerId!.Value));
    }

    [Fact]
    public async Task The_party_team_refuses_someone_who_did_not_say_they_are_a_member()
    {
        var before = await _store.RowsAsync();

        var outcome = await _store.SignUpAsync("party_members", "13900000004", partyMember: false);

        Assert.Equal(SignUpStatus.NeedsPartyMember, outcome.Status);
        Assert.Equal(before, await _store.RowsAsync());
    }

    [Fact]
    public async Task Someone_typing_another_persons_phone_adds_a_membership_but_cannot_rename_them_or_see_their_sign_ups()
    {
        await _store.SignUpAsync("river_keepers", "13900000005", name: "本人", user: "owner");

        await _store.SignUpAsync("safety_patrol", "13900000005", name: "冒名", user: "stranger");

        Assert.Equal(1, await _store.CountAsync("SELECT COUNT(*) FROM volunteers WHERE phone = '13900000005' AND name = '本人' AND user_id = 'owner'"));
        Assert.Empty(await _store.Memberships.OfChatUserAsync("test", "stranger"));
        Assert.Equal(2, (await _store.Memberships.OfChatUserAsync("test", "owner")).Count);
    }

    [Fact]
    public async Task A_demo_volunteer_signing_up_from_a_chat_is_found_by_phone_and_linked_to_that_chat()
    {
        var outcome = await _store.SignUpAsync("river_keepers", "19900010093", name: "新名字", user: "demo-owner");

        Assert.NotEqual(SignUpStatus.NoSuchTeam, outcome.Status);
        Assert.Equal(1, await _store.VolunteersWithPhoneAsync("19900010093"));
        Assert.NotEmpty(await _store.Memberships.OfChatUserAsync("test", "demo-owner"));
    }

    [Fact]
    public async Task A_full_team_refuses_and_writes_nothing()
    {
        using var database = await FreshAsync();
        var store = new VolunteerStore(database.Database);
        await store.CountAsync("UPDATE volunteer_teams SET capacity = 38 WHERE code = 'safety_patrol'");
        var before = await store.RowsAsync();

        var outcome = await store.SignUpAsync("safety_patrol", "13900000006");

        Assert.Equal(SignUpStatus.TeamFull, outcome.Status);
        Assert.Equal(before, await store.RowsAsync());
        Assert.True((await store.Teams.FindAsync("safety_patrol"))!.IsFull);
    }

    [Fact]
    public async Task A_failure_while_writing_the_alert_leaves_no_person_and_no_membership()
    {
        using var database = await FreshAsync();
        var store = new VolunteerStore(database.Database);
        // A leader that does not exist: the alert's foreign key fails after the person and membership were written.
        await using (var raw = new SqliteConnection($"{database.ConnectionString};Foreign Keys=False"))
        {
            await raw.ExecuteAsync("UPDATE volunteer_teams SET leader_officer_id = 9999 WHERE code = 'river_keepers'");
        }
        var before = await store.RowsAsync();

        await Assert.ThrowsAsync<SqliteException>(() => store.SignUpAsync("river_keepers", "13900000007"));

        Assert.Equal(before, await store.RowsAsync());
    }

    private static async Task<SeededDatabase> FreshAsync()
    {
        var database = new SeededDatabase();
        await database.InitializeAsync();
        return database;
    }
}
