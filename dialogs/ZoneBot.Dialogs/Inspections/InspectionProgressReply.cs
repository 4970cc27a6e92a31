using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Reports;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>
/// 本月检查进度: this month's inspection figures (<see cref="InspectionProgress"/>) in the chat, per grid and in all:
/// the secretary's community, department staff's community, the administrator's zone, the liaison's own grid.
/// </summary>
public sealed class InspectionProgressReply(InspectionTexts texts, InspectionProgress progress, TimeProvider time)
{
    public async Task SendAsync(ITurnContext turn, Officer officer, string locale, CancellationToken ct)
    {
        var period = ReportPeriod.Containing(ReportPeriodKind.Month, ZoneTime.Today(time));
        var liaison = officer.Role == OfficerRole.Liaison;
        var report = await progress.BuildAsync(
            period, officer.Role is OfficerRole.Secretary or OfficerRole.Department ? officer.CommunityId : null, liaison ? officer.GridId : null, ct);
        var lines = report.Grids.Select(figures => Line(figures.Name, figures, locale));
        var total = liaison ? [] : new[] { Line(texts.Get(locale, "inspection.progress.total"), report.Total, locale) };
        await turn.SendActivityAsync(texts.Get(locale, "inspection.progress.header", texts.Day(period.First, locale), texts.Day(period.Last, locale)) + "\n" + string.Join("\n", lines.Concat(total)), cancellationToken: ct);
    }

    private string Line(string name, InspectionFigures figures, string locale) =>
        texts.Get(locale, "inspection.progress.line", name, figures.Planned, figures.Inspected, figures.Closed, figures.HazardsFound,
            figures.RectifiedOnTime, figures.RectifiedLate, figures.Open, figures.OpenOverdue);
}
