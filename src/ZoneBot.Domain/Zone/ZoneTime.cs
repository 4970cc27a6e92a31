namespace ZoneBot.Domain;

/// <summary>
/// The zone's clock: China Standard Time, UTC+8 all year. Ticket numbers and "today" follow the
/// zone's date, not the server's, so a ticket filed at 07:00 local time is not numbered yesterday.
/// </summary>
public static class ZoneTime
{
    /// <summary>A fixed offset rather than a time zone id: China has no daylight saving and the
    /// container may have no time zone database.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToZoneTime(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToZoneTime(instant).DateTime);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());
}
