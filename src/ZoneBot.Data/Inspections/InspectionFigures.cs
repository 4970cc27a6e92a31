using ZoneBot.Data.Reports;

namespace ZoneBot.Data.Inspections;

/// <summary>
/// One grid's (or community's, or the whole report's) inspection figures for a period. Planned: the plan's
/// inspections of the period's year whose window has opened by its end. Inspected and closed (闭环): in the
/// period. Hazards: found in the period, by checklist item. Rectified on time or late: accepted at 复查 in the
/// period, reported before or after the deadline. Open: found by the end of the period and not accepted by
/// then; of them, past their deadline.
/// </summary>
public sealed record InspectionFigures(
    string Name,
    int Planned,
    int Inspected,
    int Closed,
    IReadOnlyDictionary<string, int> HazardsByItem,
    int RectifiedOnTime,
    int RectifiedLate,
    int Open,
    int OpenOverdue)
{
    public int HazardsFound => HazardsByItem.Values.Sum();
}

/// <summary>An inspection report: the figures per grid, per community, and in all (<see cref="Total"/> has no name).</summary>
public sealed record InspectionReportData(
    ReportPeriod Period, IReadOnlyList<InspectionFigures> Grids, IReadOnlyList<InspectionFigures> Communities, InspectionFigures Total);
