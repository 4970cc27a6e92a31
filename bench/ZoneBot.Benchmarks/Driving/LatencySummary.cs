using System.Diagnostics;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>Latency percentiles of a set of turns, in milliseconds, from the sorted samples (nearest rank).</summary>
public sealed record LatencySummary(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public static LatencySummary Of(IEnumerable<long> ticks)
    {
        var sorted = ticks.ToArray();
        if (sorted.Length == 0)
        {
            return Empty;
        }
        Array.Sort(sorted);
        return new LatencySummary(
            sorted.Length,
            Milliseconds(sorted.Average(tick => (double)tick)),
            Milliseconds(Percentile(sorted, 0.50)),
            Milliseconds(Percentile(sorted, 0.95)),
            Milliseconds(Percentile(sorted, 0.99)),
            Milliseconds(sorted[^1]));
    }

    private static double Percentile(long[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Milliseconds(double ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
