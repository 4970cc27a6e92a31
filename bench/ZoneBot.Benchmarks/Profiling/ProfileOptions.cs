namespace ZoneBot.Benchmarks.Profiling;

/// <summary>The profile's settings (the `profile` verb's options).</summary>
public sealed record ProfileOptions
{
    /// <summary>Virtual users filing tickets while the profile is taken (issue 15 reads the turn at 16).</summary>
    public int Users { get; init; } = 16;

    /// <summary>The host's warm-up before the profile (every flow), so that the profile is not of tier-0 code.</summary>
    public TimeSpan Warmup { get; init; } = Driving.HostWarmup.DefaultDuration;

    /// <summary>How long the samples are taken, under load.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "zonebot-bench");

    /// <summary>Where the trace is kept (speedscope, PerfView and `dotnet-trace convert` read it); null: in the work folder.</summary>
    public string? Trace { get; init; }

    /// <summary>On-CPU samples from Linux perf instead of the runtime's sample profiler (<see cref="PerfProfile"/>).</summary>
    public bool Perf { get; init; }

    /// <summary>What the host allocates per turn and where (<see cref="AllocationProfile"/>) instead of its CPU samples.</summary>
    public bool Allocations { get; init; }

    /// <summary>A PostgreSQL connection string: profile on a new database on that server; null: SQLite.</summary>
    public string? Postgres { get; init; }
}
