namespace ZoneBot.Domain;

/// <summary>
/// A new ticket's deadlines from the configured hours: the firm colour's hours, capped by the
/// category's ceiling, shortened by the urgent factor, then counted from the filing time in working
/// hours of the zone's calendar or in clock hours (<see cref="DeadlineOptions.InClockHours"/>). Pure: the filing time is given.
/// </summary>
public sealed class DeadlinePolicy(DeadlineOptions options, PublicHolidays? holidays = null)
{
    public ZoneCalendar Calendar { get; } = new(options.WorkingTime, holidays ?? PublicHolidays.Shipped);

    public TicketDeadlines Compute(DateTimeOffset filedAt, TicketCategory category, FirmColour colour, Urgency urgency)
    {
        var hours = options.For(colour);
        var (response, handle) = (hours.ResponseHours, hours.HandleHours);

        if (options.For(category) is { } ceiling)
        {
            response = Math.Min(response, ceiling.ResponseHours ?? response);
            handle = Math.Min(handle, ceiling.HandleHours ?? handle);
        }

        if (urgency == Urgency.Urgent)
        {
            response *= options.UrgentFactor;
            handle *= options.UrgentFactor;
        }

        // A category ceiling on handling alone can undercut the colour's response time.
        response = Math.Min(response, handle);
        return options.InClockHours(category, urgency)
            ? new TicketDeadlines(filedAt + TimeSpan.FromHours(response), filedAt + TimeSpan.FromHours(handle))
            : new TicketDeadlines(Calendar.AddWorkingHours(filedAt, response), Calendar.AddWorkingHours(filedAt, handle));
    }
}
