namespace ZoneBot.Benchmarks.Driving;

/// <summary>One counted turn: its scenario, its key (the turns a report names, e.g. confirm) or "", and its latency in Stopwatch ticks.</summary>
public readonly record struct TurnSample(string Scenario, string Key, long Ticks);
