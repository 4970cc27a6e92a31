using ZoneBot.Domain;

namespace ZoneBot.Data.Reports;

/// <summary>
/// One grid's figures (or the zone's) for a period. Received: filed in the period. Closed: closed in
/// the period, whenever filed. Overdue: received in the period and past a deadline, answered or
/// handled late, or still not by the end of the period. Averages in hours; null when nothing to average.
/// Ratings: of the tickets closed in the period.
/// </summary>
public sealed record ReportFigures(
    string Name,
    int Received,
    int Closed,
    int Overdue,
    double? AverageResponseHours,
    double? AverageCloseHours,
    int Satisfied,
    int BasicallySatisfied,
    int Dissatisfied,
    IReadOnlyDictionary<TicketCategory, int> ReceivedByCategory)
{
    public int Rated => Satisfied + BasicallySatisfied + Dissatisfied;

    /// <summary>满意 and 基本满意 of all ratings; null when none were given.</summary>
    public double? SatisfactionRate => Rated == 0 ? null : (double)(Satisfied + BasicallySatisfied) / Rated;
}

/// <summary>A report: the figures per grid, and the zone's (or the one grid's) total.</summary>
public sealed record TicketReportData(ReportPeriod Period, IReadOnlyList<ReportFigures> Grids, ReportFigures Total);
