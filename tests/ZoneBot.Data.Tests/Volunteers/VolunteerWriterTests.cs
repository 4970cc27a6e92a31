using Dapper;
using ZoneBot.Data.Volunteers;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Volunteers;

public sealed class SqliteVolunteerWriterTests(SeededDatabase<SqliteProvider> seeded) : VolunteerWriterTests<SqliteProvider>(seeded)
{
    protected override string JoinWhenSaved => """
        CREATE TRIGGER joined_meanwhile AFTER INSERT ON volunteers BEGIN
            INSERT INTO volunteer_memberships (volunteer_id, team_id, availability, party_member, joined_at)
            SELECT NEW.id, id, 'evenings', NULL, '2026-11-28T01:30:00.0000000Z' FROM volunteer_teams WHERE code = 'river_keepers';
        END
        """;

    [Fact]
    public async Task Refused_sign_ups_and_leavings_commit_nothing_to_the_file()
    {
        // data_version moves when another connection commits a change: the writer commits a refusal's work too, so the
        // refusal must have changed nothing (not the person's name, not a membership given back).
        await Store.SignUpAsync("river_keepers", "13900000601", user: "w1");
        await using var watcher = await Seeded.Database.OpenAsync();
        var version = await DataVersionAsync();

        Assert.Equal(SignUpStatus.AlreadyMember, (await Store.SignUpAsync("river_keepers", "13900000601", name: "改名", user: "w1")).Status);
        Assert.Equal(SignUpStatus.NeedsPartyMember, (await Store.SignUpAsync("party_members", "13900000602", partyMember: false)).Status);
        Assert.Equal(SignUpStatus.NoSuchTeam, (await Store.SignUps.SignUpAsync(new VolunteerSignUp(
            424242, "测试员", "13900000603", null, "weekends", null, "test", "w1", VolunteerStore.ConsentAt))).Status);
        Assert.Equal(LeaveOutcome.NotFound, await Store.Memberships.LeaveAsync("test", "w1", 424242));
        Assert.Equal(version, await DataVersionAsync());

        // The measure itself: a sign-up that joins moves it.
        Assert.Equal(SignUpStatus.Joined, (await Store.SignUpAsync("safety_patrol", "13900000601", user: "w1")).Status);
        Assert.NotEqual(version, await DataVersionAsync());

        Task<long> DataVersionAsync() => watcher.ExecuteScalarAsync<long>("PRAGMA data_version");
    }

    [Fact]
    public async Task Sign_ups_at_once_are_each_a_batch_of_the_one_writer()
    {
        await using var own = await Seeded.Provider.CreateDatabaseAsync();
        await own.SeedAsync();
        var store = new VolunteerStore(own.Database);
        await store.TeamIdAsync("river_keepers");
        var batches = own.Database.GroupCommit!.Batches;

        await AtOnce.RunAsync(20, i => store.SignUpAsync("river_keepers", $"139000007{i:D2}", user: $"writer-{i}"));

        Assert.Equal(20, own.Database.GroupCommit.Batches - batches);
    }
}

public sealed class PostgresVolunteerWriterTests(SeededDatabase<PostgresProvider> seeded) : VolunteerWriterTests<PostgresProvider>(seeded)
{
    protected override string JoinWhenSaved => """
        CREATE FUNCTION joined_meanwhile() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO volunteer_memberships (volunteer_id, team_id, availability, party_member, joined_at)
            SELECT NEW.id, id, 'evenings', NULL, TIMESTAMPTZ '2026-11-28T01:30:00Z' FROM volunteer_teams WHERE code = 'river_keepers';
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER joined_meanwhile AFTER INSERT ON volunteers FOR EACH ROW EXECUTE FUNCTION joined_meanwhile();
        """;
}

/// <summary>
/// Sign-ups and leavings are written through the database's one writer on SQLite (a plain transaction on PostgreSQL):
/// what the work wrote is committed, so every refusal must have written nothing, and many at once all land.
/// </summary>
public abstract class VolunteerWriterTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    /// <summary>DDL that gives every person inserted a membership of river_keepers, as if it had been committed meanwhile.</summary>
    protected abstract string JoinWhenSaved { get; }

    private protected SeededDatabase<TProvider> Seeded { get; } = seeded;

    private protected VolunteerStore Store { get; } = new(seeded.Database);

    [DatabaseFact]
    public async Task A_membership_found_only_after_the_person_was_saved_is_refused_and_the_person_is_not_kept()
    {
        await using var own = await Seeded.Provider.CreateDatabaseAsync();
        await own.SeedAsync();
        var store = new VolunteerStore(own.Database);
        await store.TeamIdAsync("river_keepers");
        await store.ExecuteAsync(JoinWhenSaved);
        var before = await store.RowsAsync();

        var outcome = await store.SignUpAsync("river_keepers", "13900000611", user: "meanwhile");

        Assert.Equal(SignUpStatus.AlreadyMember, outcome.Status);
        Assert.Equal(before, await store.RowsAsync());
        Assert.Equal(0, await store.VolunteersWithPhoneAsync("13900000611"));
    }

    [DatabaseFact]
    public async Task A_refused_sign_up_leaves_the_person_and_the_team_as_they_were()
    {
        await Store.SignUpAsync("safety_patrol", "13900000621", name: "原名", user: "w2", availability: "weekends");
        var person = await PersonAsync("13900000621");
        var members = (await Store.Teams.FindAsync("safety_patrol"))!.Members;
        var before = await Store.RowsAsync();

        // The owner again, with another name and time: the person's row is only updated by a sign-up that joins.
        var again = await Store.SignUpAsync("safety_patrol", "13900000621", name: "新名", user: "w2", availability: "evenings");
        var party = await Store.SignUpAsync("party_members", "13900000621", name: "新名", user: "w2", partyMember: false);

        Assert.Equal((SignUpStatus.AlreadyMember, SignUpStatus.NeedsPartyMember), (again.Status, party.Status));
        Assert.Equal(before, await Store.RowsAsync());
        Assert.Equal(person, await PersonAsync("13900000621"));
        Assert.Equal(members, (await Store.Teams.FindAsync("safety_patrol"))!.Members);
        Assert.Equal("weekends", Assert.Single(await Store.Memberships.OfChatUserAsync("test", "w2")).Availability);
    }

    [DatabaseFact]
    public async Task Leaving_a_membership_already_left_or_someone_elses_deletes_nothing()
    {
        await Store.SignUpAsync("safety_patrol", "13900000631", user: "w3");
        await Store.SignUpAsync("river_keepers", "13900000631", user: "w3");
        var patrol = (await Store.Memberships.OfChatUserAsync("test", "w3")).Single(m => m.TeamCode == "safety_patrol");
        Assert.Equal(LeaveOutcome.Left, await Store.Memberships.LeaveAsync("test", "w3", patrol.MembershipId));
        var before = await Store.RowsAsync();

        Assert.Equal(LeaveOutcome.NotFound, await Store.Memberships.LeaveAsync("test", "w3", patrol.MembershipId));
        var river = Assert.Single(await Store.Memberships.OfChatUserAsync("test", "w3"));
        Assert.Equal(LeaveOutcome.NotFound, await Store.Memberships.LeaveAsync("test", "intruder", river.MembershipId));

        Assert.Equal(before, await Store.RowsAsync());
        Assert.Equal(2, await Store.AlertsAboutAsync(river.VolunteerId));
    }

    [DatabaseFact]
    public async Task Twenty_sign_ups_and_leavings_at_once_all_land()
    {
        await using var own = await Seeded.Provider.CreateDatabaseAsync();
        await own.SeedAsync();
        var store = new VolunteerStore(own.Database);
        await store.TeamIdAsync("river_keepers");
        await store.TeamIdAsync("safety_patrol");
        for (var i = 0; i < 10; i++)
        {
            await store.SignUpAsync("safety_patrol", $"139000008{i:D2}", user: $"leaver-{i}");
        }
        var leaving = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i => Assert.Single(await store.Memberships.OfChatUserAsync("test", $"leaver-{i}")).MembershipId));
        var before = await store.RowsAsync();

        // Ten new people sign up while ten others leave their only team: none fails on a busy database.
        var outcomes = await AtOnce.RunAsync(20, async i => i < 10
            ? (await store.SignUpAsync("river_keepers", $"139000009{i:D2}", user: $"joiner-{i}")).Status.ToString()
            : (await store.Memberships.LeaveAsync("test", $"leaver-{i - 10}", leaving[i - 10])).ToString());

        Assert.Equal(10, outcomes.Count(o => o == nameof(SignUpStatus.Joined)));
        Assert.Equal(10, outcomes.Count(o => o == nameof(LeaveOutcome.LeftAndDeleted)));
        Assert.Equal(before, await store.RowsAsync());
        Assert.Equal(10, await store.CountAsync("SELECT COUNT(*) FROM volunteers WHERE user_id LIKE 'joiner-%'"));
        Assert.Equal(0, await store.CountAsync("SELECT COUNT(*) FROM volunteers WHERE user_id LIKE 'leaver-%'"));
    }

    private async Task<(string Name, string? UserId, DateTimeOffset ConsentAt)> PersonAsync(string phone)
    {
        await using var connection = await Seeded.Database.OpenAsync();
        return await connection.QuerySingleAsync<(string, string?, DateTimeOffset)>(
            "SELECT name, user_id, consent_at FROM volunteers WHERE phone = @phone", new { phone });
    }
}
