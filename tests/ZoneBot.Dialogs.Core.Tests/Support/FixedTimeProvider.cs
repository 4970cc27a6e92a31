namespace ZoneBot.Dialogs.Core.Tests.Support;

/// <summary>A clock stopped at one moment, in China's time zone unless told otherwise.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now, TimeZoneInfo? localTimeZone = null) : TimeProvider
{
    public static readonly TimeZoneInfo ChinaTime =
        TimeZoneInfo.CreateCustomTimeZone("Test China Standard Time", TimeSpan.FromHours(8), "China", "China");

    /// <summary>Thursday 26 November 2026, 10:00 in China.</summary>
    public static FixedTimeProvider ThursdayMorning() => new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => localTimeZone ?? ChinaTime;
}
