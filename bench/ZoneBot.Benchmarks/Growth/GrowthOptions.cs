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

    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "zonebot-bench");
}
