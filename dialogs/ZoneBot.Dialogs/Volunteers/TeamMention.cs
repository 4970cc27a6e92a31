using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Understanding;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// Finds the team a message names: "我想参加巡防队" is 平安巡防志愿者队伍. A team is named by its full name,
/// its name without its suffix (<c>team.suffix</c> in Entities), or the everyday words people use for it
/// (<c>team.{code}</c>); the longest match wins.
/// </summary>
public sealed class TeamMention(EntityWords words)
{
    /// <summary>The words that name a team, its full name first.</summary>
    public IReadOnlyList<string> WordsFor(VolunteerTeamListing team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return [.. new[] { team.Name }.Concat(ShortNames(team)).Concat(words.For(Locales.Chinese, WordsKey(team))).Distinct()];
    }

    /// <summary>The team's name without its suffix (平安巡防志愿者队伍 → 平安巡防): this team's own, in no word list.</summary>
    public IEnumerable<string> ShortNames(VolunteerTeamListing team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return words.For(Locales.Chinese, "team.suffix").Where(suffix => team.Name.EndsWith(suffix, StringComparison.Ordinal) && team.Name.Length > suffix.Length)
            .Select(suffix => team.Name[..^suffix.Length]);
    }

    /// <summary>The list of <c>Entities</c> with the everyday words for the team (巡防队 …).</summary>
    public static string WordsKey(VolunteerTeamListing team) => "team." + team.Code;

    /// <summary>The one team the text names, or null (none, or two equally).</summary>
    public T? Find<T>(string? text, IEnumerable<T> teams, Func<T, VolunteerTeamListing> teamOf)
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

    public VolunteerTeamListing? Find(string? text, IEnumerable<VolunteerTeamListing> teams) => Find(text, teams, team => team);
}
