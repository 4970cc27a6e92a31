using System.Data.Common;
using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Volunteers;

public sealed class SqliteVolunteerSignUpsTests(SeededDatabase<SqliteProvider> seeded) : VolunteerSignUpsTests<SqliteProvider>(seeded)
{
    protected override string BreakOutbox => OutboxFailure.BreakOnSqlite;

    [Fact]
    public async Task SQLite_stores_the_consent_instant_as_UTC_ISO_text()
    {
        await Store.SignUpAsync("river_keepers", "13900000081");

        Assert.Equal("2026-11-28T01:00:00.0000000Z", await Store.ScalarAsync<string>("SELECT consent_at FROM volunteers WHERE phone = '13900000081'"));
    }
}

public sealed class PostgresVolunteerSignUpsTests(SeededDatabase<PostgresProvider> seeded) : VolunteerSignUpsTests<PostgresProvider>(seeded)
{
    protected override string BreakOutbox => OutboxFailure.BreakOnPostgres;
}

/// <summary>The sign-up transaction on the demo zone: all of it or nothing.</summary>
public abstract class VolunteerSignUpsTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    /// <summary>DDL that makes every insert into the outbox fail with <see cref="OutboxFailure.Message"/>.</summary>
    protected abstract string BreakOutbox { get; }

    private protected VolunteerStore Store { get; } = new(seeded.Database);

    [DatabaseFact]
    public async Task A_sign_up_stores_the_person_the_membership_and_an_alert_to_the_team_leader()
    {
        var before = await Store.RowsAsync();

        var outcome = await Store.SignUpAsync("safety_patrol", "13900000001", name: "甘露", availability: "weekends,evenings");

        Assert.Equal(SignUpStatus.Joined, outcome.Status);
        Assert.Equal((before.Volunteers + 1, before.Memberships + 1, before.Alerts + 1), await Store.RowsAsync());
        await using var connection = await seeded.Database.OpenAsync();
        var alert = await connection.QuerySingleAsync<(string Kind, long Recipient, string Payload, string Status, DateTimeOffset NextAttemptAt)>(
            "SELECT kind, recipient_officer_id, payload, status, next_attempt_at FROM outbox WHERE payload LIKE @pattern",
            new { pattern = VolunteerSignUpAlert.PayloadPatternOf(outcome.VolunteerId!.Value) });
        var leader = await connection.ExecuteScalarAsync<long>("SELECT leader_officer_id FROM volunteer_teams WHERE code = 'safety_patrol'");
        var payload = VolunteerSignUpAlert.FromJson(alert.Payload)!;
        Assert.Equal(("volunteer.signed_up", leader, "pending"), (alert.Kind, alert.Recipient, alert.Status));
        Assert.Equal(("平安巡防志愿者队伍", "甘露", "139****0001", "weekends,evenings"), (payload.Team, payload.Volunteer, payload.Phone, payload.Availability));
        Assert.Equal(payload.JoinedAt, alert.NextAttemptAt);
        Assert.DoesNotContain("13900000001", alert.Payload);
        var stored = await connection.QuerySingleAsync<(DateTimeOffset ConsentAt, DateTimeOffset JoinedAt, bool? PartyMember)>(
            """
            SELECT v.consent_at, m.joined_at, m.party_member
            FROM volunteers AS v JOIN volunteer_memberships AS m ON m.volunteer_id = v.id
            WHERE v.phone = '13900000001'
            """);
        Assert.Equal((VolunteerStore.ConsentAt, payload.JoinedAt, (bool?)null), stored);
    }

    [DatabaseFact]
    public async Task The_same_phone_for_the_same_team_is_refused_with_its_date_and_writes_nothing()
    {
        await Store.SignUpAsync("river_keepers", "13900000002", name: "初次");
        var before = await Store.RowsAsync();

        var again = await Store.SignUpAsync("river_keepers", "13900000002", name: "再次");

        Assert.Equal(SignUpStatus.AlreadyMember, again.Status);
        Assert.NotNull(again.Since);
        Assert.Equal(again.Since, await Store.SignUps.MemberSinceAsync("13900000002", await Store.TeamIdAsync("river_keepers")));
        Assert.Null(await Store.SignUps.MemberSinceAsync("13900000002", await Store.TeamIdAsync("safety_patrol")));
        Assert.Equal(before, await Store.RowsAsync());
        Assert.Equal(0, await Store.CountAsync("SELECT COUNT(*) FROM volunteers WHERE name = '再次'"));
    }

    [DatabaseFact]
    public async Task Two_sign_ups_of_the_same_phone_for_the_same_team_at_once_give_one_membership()
    {
        // A double tap, or one message handled by two instances: whichever commits second finds the first's membership.
        await Store.TeamIdAsync("safety_patrol");
        foreach (var phone in new[] { "13900000011", "13900000012", "13900000013", "13900000014", "13900000015" })
        {
            var outcomes = await AtOnce.RunAsync(2, _ => Store.SignUpAsync("safety_patrol", phone, user: "twice"));

            Assert.Equal([SignUpStatus.Joined, SignUpStatus.AlreadyMember], outcomes.Select(o => o.Status).Order());
            var joined = Assert.Single(outcomes, o => o.Status == SignUpStatus.Joined);
            Assert.Equal(1, await Store.VolunteersWithPhoneAsync(phone));
            Assert.Equal(1, await Store.MembershipsOfPhoneAsync(phone, "safety_patrol"));
            Assert.Equal(1, await Store.AlertsAboutAsync(joined.VolunteerId!.Value));
        }
    }

    [DatabaseFact]
    public async Task Two_sign_ups_of_a_new_phone_for_two_teams_at_once_give_one_person_in_both()
    {
        await Store.TeamIdAsync("safety_patrol");
        await Store.TeamIdAsync("river_keepers");
        var outcomes = await AtOnce.RunAsync(2, i => Store.SignUpAsync(i == 0 ? "safety_patrol" : "river_keepers", "13900000021", user: "two-teams"));

        Assert.All(outcomes, o => Assert.Equal(SignUpStatus.Joined, o.Status));
        Assert.Equal(outcomes[0].VolunteerId, outcomes[1].VolunteerId);
        Assert.Equal(1, await Store.VolunteersWithPhoneAsync("13900000021"));
        Assert.Equal(["river_keepers", "safety_patrol"], (await Store.Memberships.OfChatUserAsync("test", "two-teams")).Select(m => m.TeamCode).Order(StringComparer.Ordinal));
        Assert.Equal(2, await Store.AlertsAboutAsync(outcomes[0].VolunteerId!.Value));
    }

    [DatabaseFact]
    public async Task A_second_team_adds_a_membership_to_the_same_person()
    {
        var first = await Store.SignUpAsync("river_keepers", "13900000003");
        var second = await Store.SignUpAsync("safety_patrol", "13900000003");

        Assert.Equal(SignUpStatus.Joined, second.Status);
        Assert.Equal(first.VolunteerId, second.VolunteerId);
        Assert.Equal(1, await Store.VolunteersWithPhoneAsync("13900000003"));
        Assert.Equal(2, await Store.AlertsAboutAsync(first.VolunteerId!.Value));
    }

    [DatabaseFact]
    public async Task The_party_team_refuses_someone_who_did_not_say_they_are_a_member()
    {
        var before = await Store.RowsAsync();

        var outcome = await Store.SignUpAsync("party_members", "13900000004", partyMember: false);

        Assert.Equal(SignUpStatus.NeedsPartyMember, outcome.Status);
        Assert.Equal(before, await Store.RowsAsync());
    }

    [DatabaseFact]
    public async Task A_party_member_joins_the_party_team_with_the_answer_stored()
    {
        var outcome = await Store.SignUpAsync("party_members", "13900000008", partyMember: true);

        Assert.Equal(SignUpStatus.Joined, outcome.Status);
        Assert.True(await Store.ScalarAsync<bool?>("SELECT party_member FROM volunteer_memberships WHERE id = @id", new { id = outcome.MembershipId }));
    }

    [DatabaseFact]
    public async Task Someone_typing_another_persons_phone_adds_a_membership_but_cannot_rename_them_or_see_their_sign_ups()
    {
        await Store.SignUpAsync("river_keepers", "13900000005", name: "本人", user: "owner");

        await Store.SignUpAsync("safety_patrol", "13900000005", name: "冒名", user: "stranger");

        Assert.Equal(1, await Store.CountAsync("SELECT COUNT(*) FROM volunteers WHERE phone = '13900000005' AND name = '本人' AND user_id = 'owner'"));
        Assert.Empty(await Store.Memberships.OfChatUserAsync("test", "stranger"));
        Assert.Equal(2, (await Store.Memberships.OfChatUserAsync("test", "owner")).Count);
    }

    [DatabaseFact]
    public async Task A_demo_volunteer_signing_up_from_a_chat_is_found_by_phone_and_linked_to_that_chat()
    {
        var outcome = await Store.SignUpAsync("river_keepers", "19900010093", name: "新名字", user: "demo-owner");

        Assert.NotEqual(SignUpStatus.NoSuchTeam, outcome.Status);
        Assert.Equal(1, await Store.VolunteersWithPhoneAsync("19900010093"));
        Assert.NotEmpty(await Store.Memberships.OfChatUserAsync("test", "demo-owner"));
    }

    [DatabaseFact]
    public async Task A_team_that_no_longer_exists_refuses()
    {
        var outcome = await Store.SignUps.SignUpAsync(new VolunteerSignUp(424242, "测试员", "13900000009", null, "weekends", null, "test", "u1", VolunteerStore.ConsentAt));

        Assert.Equal(SignUpStatus.NoSuchTeam, outcome.Status);
        Assert.Equal(0, await Store.VolunteersWithPhoneAsync("13900000009"));
    }

    [DatabaseFact]
    public async Task A_full_team_refuses_and_writes_nothing()
    {
        // A database of its own: a full team must not refuse the other tests' sign-ups.
        await using var own = await seeded.Provider.CreateDatabaseAsync();
        await own.SeedAsync();
        var store = new VolunteerStore(own.Database);
        await store.ExecuteAsync("UPDATE volunteer_teams SET capacity = 38 WHERE code = 'safety_patrol'");
        var before = await store.RowsAsync();

        var outcome = await store.SignUpAsync("safety_patrol", "13900000006");

        Assert.Equal(SignUpStatus.TeamFull, outcome.Status);
        Assert.Equal(before, await store.RowsAsync());
        Assert.True((await store.Teams.FindAsync("safety_patrol"))!.IsFull);
    }

    [DatabaseFact]
    public async Task Eight_sign_ups_at_once_for_a_teams_last_place_give_it_to_one_of_them()
    {
        await using var own = await seeded.Provider.CreateDatabaseAsync();
        await own.SeedAsync();
        var store = new VolunteerStore(own.Database);
        await store.ExecuteAsync("UPDATE volunteer_teams SET capacity = 39 WHERE code = 'safety_patrol'");
        await store.TeamIdAsync("safety_patrol");

        var outcomes = await AtOnce.RunAsync(8, i => store.SignUpAsync("safety_patrol", $"1390000003{i}", user: $"last-{i}"));

        Assert.Equal([SignUpStatus.Joined, .. Enumerable.Repeat(SignUpStatus.TeamFull, 7)], outcomes.Select(o => o.Status).Order());
        var team = await store.Teams.FindAsync("safety_patrol");
        Assert.Equal((39, true), (team!.Members, team.IsFull));
        Assert.Equal(93 + 1, await store.CountAsync("SELECT COUNT(*) FROM volunteers"));
    }

    [DatabaseFact]
    public async Task A_failure_while_writing_the_alert_leaves_no_person_and_no_membership()
    {
        // A database of its own: the broken outbox must not fail the other tests' sign-ups.
        await using var own = await seeded.Provider.CreateDatabaseAsync();
        await own.SeedAsync();
        var store = new VolunteerStore(own.Database);
        await store.ExecuteAsync(BreakOutbox);
        var before = await store.RowsAsync();

        // The alert is the last write: the person and the membership were written before it failed.
        var error = await Assert.ThrowsAnyAsync<DbException>(() => store.SignUpAsync("river_keepers", "13900000007"));

        Assert.Contains(OutboxFailure.Message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await store.RowsAsync());
        Assert.Equal(0, await store.VolunteersWithPhoneAsync("13900000007"));
        Assert.Null(await store.SignUps.MemberSinceAsync("13900000007", await store.TeamIdAsync("river_keepers")));
    }
}
