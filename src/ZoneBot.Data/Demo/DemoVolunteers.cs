using ZoneBot.Domain;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;

namespace ZoneBot.Data.Demo;

/// <summary>
/// The zone's 93 demo volunteers across 灵水工业社区's three teams: community staff (no employer),
/// party members from firms, managers and workers. A dozen are in two teams, so the teams count
/// 105 memberships. Invented names; phones in 1990001xxxx, beside the officers' 1990000xxxx.
/// </summary>
internal static class DemoVolunteers
{
    public const int Count = 93;

    /// <summary>Members per team (by code); the sum less <see cref="Count"/> is how many are in two teams.</summary>
    public static readonly (string TeamCode, int Members)[] TeamSizes = [("party_members", 32), ("safety_patrol", 38), ("river_keepers", 35)];

    private const string Surnames = "王陈张李徐周孙胡朱沈杨吴钱施俞戚岑罗陆叶方蒋黄许金潘应毛邵袁";
    private const string GivenFirst = "建国伟秀海晓丽志春雪明文永佳";
    private const string GivenSecond = "芳娟敏静强磊军洋勇艳杰娜涛超霞平刚英华斌红梅亮飞玲鑫波辉燕晨宇浩婷琪慧俊峰";

    // Availability as people gave it, weighted towards weekends and evenings (most volunteers work).
    private static readonly AvailabilitySlot[][] AvailabilityChoices =
    [
        [AvailabilitySlot.Weekends], [AvailabilitySlot.Weekends], [AvailabilitySlot.Evenings], [AvailabilitySlot.Weekends, AvailabilitySlot.Evenings],
        [AvailabilitySlot.Weekends, AvailabilitySlot.Evenings], [AvailabilitySlot.Weekdays], [AvailabilitySlot.Weekdays, AvailabilitySlot.Weekends],
        [AvailabilitySlot.Weekdays, AvailabilitySlot.Weekends, AvailabilitySlot.Evenings],
    ];

    // Sign-ups began with the volunteer drive of spring 2026; times are the zone's (UTC+8), 08:00 to 21:00.
    private static readonly DateTimeOffset DriveStart = new(2026, 3, 1, 8, 0, 0, ZoneTime.Offset);
    private const int DriveDays = 260;

    public static string Phone(int n) => $"1990001{n:D4}";

    public static (IReadOnlyList<VolunteerRow> Volunteers, IReadOnlyList<MembershipRow> Memberships) Generate(
        DemoRandom random, IReadOnlyList<FirmRow> firms, IReadOnlyCollection<string> takenNames)
    {
        var names = Names(random, takenNames);
        var firstTeams = Deal(random);
        var secondTeams = SecondTeams(random, firstTeams);
        var volunteers = new List<VolunteerRow>();
        var memberships = new List<MembershipRow>();
        for (var i = 0; i < Count; i++)
        {
            var joined = DriveStart.AddDays(random.Next(DriveDays - 40)).AddMinutes(random.Next(13 * 60));
            // About a third are community staff with no firm.
            var employer = random.Next(3) == 0 ? string.Empty : random.Pick(firms).CreditCode;
            var phone = Phone(i + 1);
            volunteers.Add(new VolunteerRow { Name = names[i], Phone = phone, EmployerCreditCode = employer, ConsentAt = joined });
            memberships.Add(Membership(random, phone, firstTeams[i], joined));
            if (secondTeams.TryGetValue(i, out var second))
            {
                memberships.Add(Membership(random, phone, second, joined.AddDays(random.Next(1, 40))));
            }
        }
        return (volunteers, [.. memberships.OrderBy(m => m.TeamCode, StringComparer.Ordinal).ThenBy(m => m.JoinedAt).ThenBy(m => m.Phone, StringComparer.Ordinal)]);
    }

    private static MembershipRow Membership(DemoRandom random, string phone, string teamCode, DateTimeOffset joined) => new()
    {
        Phone = phone,
        TeamCode = teamCode,
        Availability = Availability.ToCodes(random.Pick(AvailabilityChoices)),
        // Only the party team asks; everyone in it is a party member.
        PartyMember = teamCode == "party_members" ? true : null,
        JoinedAt = joined,
    };

    /// <summary>Each volunteer's first team: the team sizes less the second memberships, shuffled.</summary>
    private static List<string> Deal(DemoRandom random)
    {
        var seconds = TeamSizes.Sum(team => team.Members) - Count;
        var teams = TeamSizes.SelectMany(team => Enumerable.Repeat(team.TeamCode, team.Members)).ToList();
        // The second memberships are taken from the patrol and river teams: party members also patrol and keep the river.
        for (var i = 0; i < seconds; i++)
        {
            teams.Remove(TeamSizes[1 + (i % 2)].TeamCode);
        }
        random.Shuffle(teams);
        return teams;
    }

    /// <summary>Which party members also joined the patrol or river team (volunteer index → second team).</summary>
    private static Dictionary<int, string> SecondTeams(DemoRandom random, List<string> firstTeams)
    {
        var seconds = TeamSizes.Sum(team => team.Members) - Count;
        var partyMembers = Enumerable.Range(0, Count).Where(i => firstTeams[i] == TeamSizes[0].TeamCode).ToList();
        random.Shuffle(partyMembers);
        return partyMembers.Take(seconds).Select((volunteer, i) => (volunteer, team: TeamSizes[1 + (i % 2)].TeamCode))
            .ToDictionary(pair => pair.volunteer, pair => pair.team);
    }

    private static List<string> Names(DemoRandom random, IReadOnlyCollection<string> takenNames)
    {
        var names = new HashSet<string>(takenNames, StringComparer.Ordinal);
        var result = new List<string>();
        while (result.Count < Count)
        {
            var given = random.Next(4) == 0
                ? GivenSecond[random.Next(GivenSecond.Length)].ToString()
                : $"{GivenFirst[random.Next(GivenFirst.Length)]}{GivenSecond[random.Next(GivenSecond.Length)]}";
            var name = Surnames[random.Next(Surnames.Length)] + given;
            if (names.Add(name))
            {
                result.Add(name);
            }
        }
        return result;
    }
}
