namespace ZoneBot.Domain;

/// <summary>
/// The zone's working calendar: which days are worked (the week's working days, less public holidays,
/// plus adjusted working Saturdays and Sundays) and during which hours, and what a number of working
/// hours from a moment comes to. Everything in the zone's time (<see cref="ZoneTime"/>).
/// </summary>
public sealed class ZoneCalendar
{
    // Ten years of days without a working hour means the settings allow none; validation prevents it.
    private const int MaxDays = 3660;

    private readonly HashSet<DayOfWeek> _days;
    private readonly IReadOnlyList<(TimeSpan From, TimeSpan To)> _periods;
    private readonly PublicHolidays _holidays;

    public ZoneCalendar(WorkingTimeOptions options, PublicHolidays holidays)
    {
        ArgumentNullException.ThrowIfNull(options);
        _days = [.. options.WorkingDays];
        _periods = options.ParsedPeriods();
        _holidays = holidays;
    }

    public bool IsWorkingDay(DateOnly day) =>
        _holidays.IsAdjustedWorkday(day) || (!_holidays.IsHoliday(day) && _days.Contains(day.DayOfWeek));

    /// <summary>
    /// The moment <paramref name="hours"/> working hours after <paramref name="start"/>: time outside the
    /// working periods and days does not count, so 2 h from Friday 17:00 run out on the next working day.
    /// </summary>
    public DateTimeOffset AddWorkingHours(DateTimeOffset start, double hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        var remaining = TimeSpan.FromHours(hours);
        var local = ZoneTime.ToZoneTime(start);
        var day = DateOnly.FromDateTime(local.DateTime);
        var from = local.TimeOfDay;
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1), from = TimeSpan.Zero)
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }
            foreach (var period in _periods)
            {
                var begin = from > period.From ? from : period.From;
                if (begin >= period.To)
                {
                    continue;
                }
                var available = period.To - begin;
                if (remaining <= available)
                {
                    return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue) + begin + remaining, ZoneTime.Offset).ToOffset(start.Offset);
                }
                remaining -= available;
            }
        }
        throw new InvalidOperationException("The working calendar has no working hours.");
    }
}
