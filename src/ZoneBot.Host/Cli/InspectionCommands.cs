using System.CommandLine;
using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using static ZoneBot.Host.Cli.OfficerCommands;

namespace ZoneBot.Host.Cli;

/// <summary>`inspections plan --year 2027`: every grid's annual safety inspection plan (two cycles, more for red and orange firms).</summary>
public static class InspectionCommands
{
    public static Command Build()
    {
        var year = new Option<int>("--year") { Description = "The year to plan, e.g. 2027.", Required = true };
        var plan = new Command("plan", "Plan the year's inspections of every firm: one per cycle (Inspections settings), more for red and orange firms. Safe to run again.")
        {
            year,
        };
        plan.TreatUnmatchedTokensAsErrors = false;
        plan.SetAction((parse, ct) => PlanAsync(parse, parse.GetValue(year), ct));
        return new Command("inspections", "The safety inspections: inspect, rectify, report, close the loop.") { plan };
    }

    private static async Task<int> PlanAsync(ParseResult parse, int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"--year {year}: give a year from 2000 to 2100.");
            return Refused;
        }
        using var services = Services(parse);
        var outcome = await services.GetRequiredService<InspectionPlanner>().PlanAsync(year, ct);
        await parse.InvocationConfiguration.Output.WriteLineAsync(
            $"{outcome.Year}: {outcome.Added} inspection(s) planned for {outcome.Firms} firm(s); {outcome.AlreadyPlanned} were planned already.");
        return 0;
    }
}
