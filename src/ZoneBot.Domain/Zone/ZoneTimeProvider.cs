namespace ZoneBot.Domain;

/// <summary>
/// A clock whose local time is the zone's (UTC+8), whatever the server's time zone: "明天下午3点" means
/// 15:00 in Cixi even on a server set to UTC. Wraps another clock, so tests can pin "now".
/// </summary>
public sealed class ZoneTimeProvider(TimeProvider inner) : TimeProvider
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.CreateCustomTimeZone("ZoneBot/UTC+8", ZoneTime.Offset, "UTC+8", "UTC+8");

    public override TimeZoneInfo LocalTimeZone => Zone;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    /// <summary>A time the user gave in zone-local time, as an instant.</summary>
    public static DateTimeOffset FromZoneLocal(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ZoneTime.Offset);
}
