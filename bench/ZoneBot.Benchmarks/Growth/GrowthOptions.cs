namespace ZoneBot.Benchmarks.Growth;

/// <summary>The growth benchmark's settings (the `growth` verb's options).</summary>
public sealed record GrowthOptions
{
    public int SmallTickets { get; init; } = 1_000;

    public int LargeTickets { get; init; } = 1_000_000;

    /// <summary>Virtual users per ticket run: one, so that a turn's latency is the data's doing, not a queue's.</summary>
    public int Users { get; init; } = 1;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public int CityFirms { get; init; } = Data.FirmRoster.CitySize;

    /// <summary>How many times every firm-search query is timed.</summary>
    public int SearchPasses { get; init; } = 5;

    /// <summary>
    /// The share of "one character wrong" queries that must still offer their firm. Not all: a short name with a wrong
    /// character may be nearer another firm's name, and the flow then asks again.
    /// </summary>
    public double MinimumOneWrongRecall { get; init; } = 0.9;

    /// <summary>The host's warm-up before each ticket run, not counted (its replies are checked all the same).</summary>
    public TimeSpan HostWarmup { get; init; } = Driving.HostWarmup.DefaultDuration;

    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "zonebot-bench");
}
