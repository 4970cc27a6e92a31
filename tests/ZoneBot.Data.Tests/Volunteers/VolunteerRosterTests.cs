using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Volunteers;

public sealed class SqliteVolunteerRosterTests(SeededDatabase<SqliteProvider> seeded) : VolunteerRosterTests<SqliteProvider>(seeded);

public sealed class PostgresVolunteerRosterTests(SeededDatabase<PostgresProvider> seeded) : VolunteerRosterTests<PostgresProvider>(seeded);

/// <summary>teams roster: a team's members as its leader's export reads them from the database.</summary>
public abstract class VolunteerRosterTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly VolunteerStore _store = new(seeded.Database);

    [DatabaseFact]
    public async Task A_roster_lists_the_members_in_joining_order_with_full_phones_party_answers_and_instants()
    {
        await _store.SignUpAsync("party_members", "13900000301", name: "范仲淹", availability: "weekends,evenings");

        var roster = await _store.Roster.OfTeamAsync(await _store.TeamIdAsync("party_members"));

        Assert.Equal(32 + 1, roster.Count);
        var entry = roster[^1]; // the latest to join comes last
        Assert.Equal(("范仲淹", "13900000301", "weekends,evenings", (bool?)true), (entry.Name, entry.Phone, entry.Availability, entry.PartyMember));
        Assert.Equal(VolunteerStore.ConsentAt, entry.ConsentAt);
        Assert.InRange(entry.JoinedAt, VolunteerStore.Start, _store.Clock.GetUtcNow());
        Assert.Equal(roster.OrderBy(e => e.JoinedAt).Select(e => e.Phone), roster.Select(e => e.Phone));
        Assert.All(roster, e => Assert.True(e.PartyMember));
        Assert.All(roster.SkipLast(1), e => Assert.StartsWith("1990001", e.Phone, StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task A_team_that_does_not_ask_about_party_membership_has_no_answer_and_employers_by_name()
    {
        var roster = await _store.Roster.OfTeamAsync(await _store.TeamIdAsync("river_keepers"));

        Assert.Equal(35, roster.Count);
        Assert.All(roster, e => Assert.Null(e.PartyMember));
        Assert.Contains(roster, e => e.EmployerName is { Length: > 0 });
    }
}
