using ZoneBot.Data;
using ZoneBot.Data.Demo;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Demo;

/// <summary>The demo volunteers: the zone's 93, fictional, some in two teams.</summary>
public class DemoVolunteersTests
{
    private static readonly DemoDataSet Generated = DemoDataGenerator.Generate();

    [Fact]
    public void There_are_93_people_with_fictional_phones_and_names_no_officer_has()
    {
        var volunteers = Generated.Volunteers;

        Assert.Equal(93, volunteers.Count);
        Assert.All(volunteers, volunteer => Assert.Matches("^1990001[0-9]{4}$", volunteer.Phone));
        Assert.Equal(93, volunteers.Select(volunteer => volunteer.Phone).Distinct().Count());
        Assert.Equal(93, volunteers.Select(volunteer => volunteer.Name).Distinct().Count());
        Assert.Empty(volunteers.Select(volunteer => volunteer.Name).Intersect(Generated.Officers.Select(officer => officer.Name)));
        Assert.All(volunteers, volunteer => Assert.Equal(VolunteerNameProblem.None, VolunteerName.Check(volunteer.Name)));
    }

    [Fact]
    public void Every_team_has_members_and_some_people_are_in_two()
    {
        var perTeam = Generated.Memberships.GroupBy(m => m.TeamCode).ToDictionary(group => group.Key, group => group.Count());
        var teamsPerPerson = Generated.Memberships.GroupBy(m => m.Phone).Select(group => group.Count()).ToList();

        Assert.Equal(new Dictionary<string, int> { ["party_members"] = 32, ["safety_patrol"] = 38, ["river_keepers"] = 35 }, perTeam);
        Assert.Equal(93, teamsPerPerson.Count);
        Assert.InRange(teamsPerPerson.Count(count => count == 2), 1, 20);
        Assert.All(teamsPerPerson, count => Assert.InRange(count, 1, 2));
    }

    [Fact]
    public void Memberships_are_valid_party_team_members_are_party_members_and_employers_exist()
    {
        var firms = Generated.Firms.Select(firm => firm.CreditCode).ToHashSet();

        Assert.All(Generated.Memberships, m => Assert.Equal(m.TeamCode == "party_members" ? true : null, m.PartyMember));
        Assert.All(Generated.Memberships, m => Assert.Equal(m.Availability, Availability.ToCodes(Availability.FromCodes(m.Availability))));
        Assert.All(Generated.Memberships, m => Assert.NotEmpty(m.Availability));
        Assert.All(Generated.Volunteers.Where(v => v.EmployerCreditCode.Length > 0), v => Assert.Contains(v.EmployerCreditCode, firms));
        Assert.All(Generated.Volunteers, v => Assert.True(Generated.Memberships.Where(m => m.Phone == v.Phone).All(m => m.JoinedAt >= v.ConsentAt)));
    }

    [Fact]
    public void Reading_what_was_written_gives_the_same_rows()
    {
        Assert.Equal(Generated.Volunteers, DemoCsv.Read<VolunteerRow>(DemoCsv.Write(Generated.Volunteers)));
        Assert.Equal(Generated.Memberships, DemoCsv.Read<MembershipRow>(DemoCsv.Write(Generated.Memberships)));
    }
}
