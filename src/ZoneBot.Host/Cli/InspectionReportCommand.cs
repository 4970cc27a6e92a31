using System.CommandLine;
using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Reports;
using ZoneBot.Dialogs;
using ZoneBot.Domain;
using static ZoneBot.Host.Cli.OfficerCommands;

namespace ZoneBot.Host.Cli;

/// <summary>`report --inspections --period week|month|quarter|year [--date yyyy-MM-dd] --out file.xlsx`: the inspections' progress tables.</summary>
public static class InspectionReportCommand
{
    public static async Task<int> RunAsync(ParseResult parse, ReportPeriodKind kind, DateOnly? date, string path, CancellationToken ct)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"--out '{path}': the report is an Excel file, give a name ending in .xlsx.");
            return Refused;
        }
        using var services = Services(parse);
        var day = date ?? ZoneTime.Today(services.GetRequiredService<TimeProvider>());
        var period = ReportPeriod.Containing(kind, day);
        var report = await services.GetRequiredService<InspectionProgress>().BuildAsync(period, ct: ct);
        InspectionWorkbook.Write(report, services.GetRequiredService<IOptions<BotProfile>>().Value.ZoneName, path);
        var total = report.Total;
        await parse.InvocationConfiguration.Output.WriteLineAsync(
            $"Inspections {period}: {total.Planned} planned, {total.Inspected} inspected, {total.HazardsFound} hazard(s) found, "
            + $"{total.RectifiedOnTime} rectified on time, {total.RectifiedLate} late, {total.Open} open. Written to {path}.");
        return 0;
    }
}
