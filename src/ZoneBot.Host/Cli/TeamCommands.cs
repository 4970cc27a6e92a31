using System.CommandLine;
using ZoneBot.Data;
using ZoneBot.Data.Volunteers;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Cli;

/// <summary>
/// `teams list` (the volunteer teams with their counts) and `teams roster &lt;team&gt; --out &lt;file&gt;` (a
/// team's members with full phones, .csv or .xlsx, for the team leader). The queries and the file
/// format are in ZoneBot.Data (Volunteers/); this prints.
/// </summary>
public static class TeamCommands
{
    /// <summary>Exit code: no such team, or an output file type the roster cannot be written as.</summary>
    public const int BadArguments = 1;

    public static Command Build()
    {
        var teams = new Command("teams", "The volunteer teams: counts and rosters.");

        var list = new Command("list", "Each team with its members, capacity and leader.");
        list.TreatUnmatchedTokensAsErrors = false;
        list.SetAction((parse, ct) => ListAsync(parse, ct));
        teams.Subcommands.Add(list);

        var team = new Argument<string>("team") { Description = "The team's code (safety_patrol) or full name (平安巡防志愿者队伍)." };
        var output = new Option<string>("--out") { Description = "The file to write: .csv or .xlsx. It holds personal data.", Required = true };
        var roster = new Command("roster", "Write a team's roster with full phone numbers for its leader (personal data).") { team, output };
        roster.TreatUnmatchedTokensAsErrors = false;
        roster.SetAction((parse, ct) => RosterAsync(parse, parse.GetValue(team)!, parse.GetValue(output)!, ct));
        teams.Subcommands.Add(roster);
        return teams;
    }

    private static async Task<int> ListAsync(ParseResult parse, CancellationToken ct)
    {
        using var services = ConsoleServices.Build([.. parse.UnmatchedTokens]);
        var database = services.GetRequiredService<Database>();
        ExistingDatabase.Migrate(database);
        var store = services.GetRequiredService<VolunteerTeams>();
        var output = parse.InvocationConfiguration.Output;

        var teams = await store.AllAsync(ct);
        foreach (var team in teams)
        {
            var capacity = team.Capacity is { } places ? $" of {places}{(team.IsFull ? ", full" : string.Empty)}" : string.Empty;
            await output.WriteLineAsync($"{team.Code,-16} {team.Name}: {team.Members} member(s){capacity}; leader {team.LeaderName ?? "none"}");
        }
        await output.WriteLineAsync(
            $"{teams.Count} team(s), {teams.Sum(team => team.Members)} membership(s), {await store.VolunteerCountAsync(ct)} volunteer(s).");
        return 0;
    }

    private static async Task<int> RosterAsync(ParseResult parse, string teamKey, string path, CancellationToken ct)
    {
        var error = parse.InvocationConfiguration.Error;
        if (teamKey.StartsWith('-'))
        {
            // The parser gives the first token it does not know to <team>: a setting written before the team.
            await error.WriteLineAsync($"'{teamKey}' is not a team: give the team first (teams roster safety_patrol --out roster.xlsx --Database:ConnectionString=...).");
            return BadArguments;
        }
        if (!RosterFile.IsSupported(path))
        {
            await error.WriteLineAsync($"'{path}': the roster is written as .csv or .xlsx.");
            return BadArguments;
        }

        using var services = ConsoleServices.Build([.. parse.UnmatchedTokens]);
        var database = services.GetRequiredService<Database>();
        ExistingDatabase.Migrate(database);
        var teams = services.GetRequiredService<VolunteerTeams>();
        if (await teams.FindAsync(teamKey, ct) is not { } team)
        {
            var known = string.Join(", ", (await teams.AllAsync(ct)).Select(t => $"{t.Code} ({t.Name})"));
            await error.WriteLineAsync($"No team '{teamKey}'. The teams: {known}.");
            return BadArguments;
        }

        var entries = await services.GetRequiredService<VolunteerRoster>().OfTeamAsync(team.Id, ct);
        var fullPath = Path.GetFullPath(path);
        RosterFile.Write(fullPath, team.Name, entries);
        var output = parse.InvocationConfiguration.Output;
        await output.WriteLineAsync($"Wrote {entries.Count} member(s) of {team.Name} to {fullPath}.");
        await output.WriteLineAsync("The file holds personal data (names, full phone numbers): give it to the team leader only, and delete it after use.");
        return 0;
    }
}
