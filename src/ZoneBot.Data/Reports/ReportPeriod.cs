using System.Globalization;
using ZoneBot.Domain;

namespace ZoneBot.Data.Reports;

/// <summary>What a report covers: a week (周记录), a month (月对账) or a quarter (季总结); a year for the inspections' report only.</summary>
public enum ReportPeriodKind
{
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>The zone dates a report covers, both included: Monday to Sunday, a calendar month or quarter.</summary>
public sealed record ReportPeriod(ReportPeriodKind Kind, DateOnly First, DateOnly Last)
{
    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="day"/>.</summary>
    public static ReportPeriod Containing(ReportPeriodKind kind, DateOnly day)
    {
        switch (kind)
        {
            case ReportPeriodKind.Week:
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return new(kind, monday, monday.AddDays(6));
            case ReportPeriodKind.Month:
                var first = new DateOnly(day.Year, day.Month, 1);
                return new(kind, first, first.AddMonths(1).AddDays(-1));
            case ReportPeriodKind.Year:
                return new(kind, new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31));
            default:
                var quarterStart = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
                return new(kind, quarterStart, quarterStart.AddMonths(3).AddDays(-1));
        }
    }

    /// <summary>What the zone calls this report, also the name of its first sheet.</summary>
    public string Title => Kind switch
    {
        ReportPeriodKind.Week => "周记录",
        ReportPeriodKind.Month => "月对账",
        _ => "季总结",
    };

    /// <summary>Midnight starting <see cref="First"/>, zone time.</summary>
    public DateTimeOffset Start => new(First.ToDateTime(TimeOnly.MinValue), ZoneTime.Offset);

    /// <summary>Midnight after <see cref="Last"/>, zone time (not included).</summary>
    public DateTimeOffset End => new(Last.AddDays(1).ToDateTime(TimeOnly.MinValue), ZoneTime.Offset);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{First:yyyy-MM-dd} – {Last:yyyy-MM-dd}");
}
