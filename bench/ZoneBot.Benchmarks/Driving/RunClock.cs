using System.Diagnostics;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>
/// The phases of one run, in Stopwatch timestamps: a warm-up that is not counted, then the measured window.
/// A turn counts when it starts and ends inside the window; nobody starts a turn after it.
/// </summary>
public sealed class RunClock
{
    private RunClock(long start, TimeSpan warmup, TimeSpan duration)
    {
        Start = start;
        MeasureFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        MeasureUntil = MeasureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        Duration = duration;
    }

    public long Start { get; }

    public long MeasureFrom { get; }

    public long MeasureUntil { get; }

    public TimeSpan Duration { get; }

    public static RunClock StartNow(TimeSpan warmup, TimeSpan duration) => new(Stopwatch.GetTimestamp(), warmup, duration);

    public static long Now => Stopwatch.GetTimestamp();

    public bool Over => Now >= MeasureUntil;

    public bool Counts(long started, long ended) => started >= MeasureFrom && ended <= MeasureUntil;

    public bool InWarmup(long started) => started < MeasureFrom;

    /// <summary>How long until <paramref name="timestamp"/>; zero when it has passed.</summary>
    public TimeSpan Until(long timestamp) => TimeSpan.FromSeconds(Math.Max(0, timestamp - Now) / (double)Stopwatch.Frequency);
}
