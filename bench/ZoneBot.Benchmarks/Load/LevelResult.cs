using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Load;

/// <summary>The floor and ZoneBot at one concurrency level, measured one right after the other.</summary>
public sealed record LevelResult(int Users, RunResult Floor, RunResult ZoneBot)
{
    public double ThroughputRatio => Floor.TurnsPerSecond == 0 ? 0 : ZoneBot.TurnsPerSecond / Floor.TurnsPerSecond;

    public double P99Ratio => Floor.Latency.P99 == 0 ? double.PositiveInfinity : ZoneBot.Latency.P99 / Floor.Latency.P99;
}
