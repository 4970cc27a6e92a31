namespace ZoneBot.Domain;

/// <summary>
/// The deadline proposed for a hazard: the working days its level and the firm's colour give
/// (<see cref="InspectionOptions"/>), counted on the zone's calendar from the day after the inspection,
/// due at the end of the last one (midnight after it, zone time). An officer may set days of their own
/// (“限期三天”): those are clock days.
/// </summary>
public sealed class RectificationDeadlines(InspectionOptions options, ZoneCalendar calendar)
{
    public InspectionOptions Options => options;

    public int WorkingDaysFor(HazardLevel level, FirmColour colour) => options.For(level).For(colour);

    /// <summary>The last day to rectify by, for a hazard found on <paramref name="foundOn"/>.</summary>
    public DateOnly Propose(DateOnly foundOn, HazardLevel level, FirmColour colour) =>
        AddWorkingDays(foundOn, WorkingDaysFor(level, colour));

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = from;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>The moment a hazard due on <paramref name="lastDay"/> becomes overdue: midnight after it, zone time.</summary>
    public static DateTimeOffset DueAt(DateOnly lastDay) =>
        new(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), ZoneTime.Offset);

    /// <summary>The last day of a hazard due at <paramref name="dueAt"/>.</summary>
    public static DateOnly LastDay(DateTimeOffset dueAt) => ZoneTime.DateOf(dueAt).AddDays(-1);
}
