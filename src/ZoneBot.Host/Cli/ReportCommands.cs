using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Data.Reports;
using ZoneBot.Dialogs;
using ZoneBot.Domain;
using static ZoneBot.Host.Cli.OfficerCommands;

namespace ZoneBot.Host.Cli;

/// <summary>
/// `report --period week|month|quarter [--grid N] [--date yyyy-MM-dd] --out file.xlsx`: the zone's weekly
/// record (周记录), monthly reconciliation (月对账) or quarterly summary (季总结) of the period containing the date.
/// </summary>
public static class ReportCommands
{
    public static Command Build()
    {
        var period = new Option<string>("--period") { Description = "week (the weekly record), month (the monthly reconciliation) or quarter (the quarterly summary).", Required = true };
        period.AcceptOnlyFromAmong("week", "month", "quarter", "year");
        var inspections = new Option<bool>("--inspections") { Description = "The safety inspections' progress per grid and community instead of the tickets' (also by year: --period year)." };
        var grid = new Option<int?>("--grid") { Description = "Only grid N (1 for 1号网格)." };
        var date = new Option<DateOnly?>("--date") { Description = "A zone date in the period (yyyy-MM-dd); today by default.", CustomParser = ParseDay };
        var output = new Option<string>("--out") { Description = "The .xlsx file to write.", Required = true };
        var report = new Command("report", "Per grid: tickets received, closed, overdue, average time to first response and to close, satisfaction, by category.")
        {
            period, grid, date, output, inspections,
        };
        report.TreatUnmatchedTokensAsErrors = false;
        report.SetAction((parse, ct) => parse.GetValue(inspections)
            ? InspectionReportCommand.RunAsync(parse, Enum.Parse<ReportPeriodKind>(parse.GetValue(period)!, ignoreCase: true), parse.GetValue(date), parse.GetValue(output)!, ct)
            : RunAsync(parse, Enum.Parse<ReportPeriodKind>(parse.GetValue(period)!, ignoreCase: true), parse.GetValue(grid), parse.GetValue(date), parse.GetValue(output)!, ct));
        return report;
    }

    private static async Task<int> RunAsync(ParseResult parse, ReportPeriodKind kind, int? grid, DateOnly? date, string path, CancellationToken ct)
    {
        if (kind == ReportPeriodKind.Year)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync("--period year: the tickets' report is by week, month or quarter; the year is for --inspections.");
            return Refused;
        }
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"--out '{path}': the report is an Excel file, give a name ending in .xlsx.");
            return Refused;
        }
        using var services = Services(parse);
        var day = date ?? ZoneTime.Today(services.GetRequiredService<TimeProvider>());
        var period = ReportPeriod.Containing(kind, day);
        var report = await services.GetRequiredService<TicketReport>().BuildAsync(period, grid, ct);
        ReportWorkbook.Write(report, services.GetRequiredService<IOptions<BotProfile>>().Value.ZoneName, path);
        var total = report.Total;
        await parse.InvocationConfiguration.Output.WriteLineAsync(
            $"{period.Title} {period}: {total.Received} received, {total.Closed} closed, {total.Overdue} overdue. Written to {path}.");
        return 0;
    }

    internal static DateOnly? ParseDay(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        result.AddError($"'{text}' is not a date written yyyy-MM-dd.");
        return null;
    }
}
