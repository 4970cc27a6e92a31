using ZoneBot.Data;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// Finds the team a message names: "我想参加巡防队" is 平安巡防志愿者队伍. A team is named by its full name,
/// its name without "志愿者队伍", or the everyday words people use for it; the longest match wins.
/// </summary>
public static class TeamMention
{
    private static readonly string[] Suffixes = ["志愿者队伍", "志愿者队", "志愿队", "队伍"];

    // By team code: the words people use that the names do not contain.
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["party_members"] = ["党员队", "党员志愿", "党员"],
        ["safety_patrol"] = ["巡防", "巡逻", "平安巡防", "patrol"],
        ["river_keepers"] = ["河小二", "护河", "巡河", "河道", "river"],
    };

    /// <summary>The words that name a team, its full name first.</summary>
    public static IReadOnlyList<string> WordsFor(VolunteerTeamListing team)
    {
        var shortNames = Suffixes.Where(suffix => team.Name.EndsWith(suffix, StringComparison.Ordinal) && team.Name.Length > suffix.Length)
            .Select(suffix => team.Name[..^suffix.Length]);
        return [.. new[] { team.Name }.Concat(shortNames).Concat(Words.GetValueOrDefault(team.Code) ?? []).Distinct()];
    }

    /// <summary>The one team the text names, or null (none, or two equally).</summary>
    public static T? Find<T>(string? text, IEnumerable<T> teams, Func<T, VolunteerTeamListing> teamOf)
        where T : class
    {
        var message = TextNormalizer.Normalize(text);
        if (message.Length == 0)
        {
            return null;
        }
        var matches = teams
            .Select(team => (team, length: WordsFor(teamOf(team)).Select(TextNormalizer.Normalize).Where(message.Contains).Select(word => word.Length).DefaultIfEmpty(0).Max()))
            .Where(match => match.length > 0)
            .OrderByDescending(match => match.length)
            .ToList();
        return matches.Count == 1 || (matches.Count > 1 && matches[0].length > matches[1].length) ? matches[0].team : null;
    }

    public static VolunteerTeamListing? Find(string? text, IEnumerable<VolunteerTeamListing> teams) => Find(text, teams, team => team);
}
