namespace ZoneBot.Benchmarks.Load;

/// <summary>The load benchmark's settings (the `load` verb's options).</summary>
public sealed record LoadOptions
{
    /// <summary>The concurrency levels, each run against the floor and against ZoneBot; the targets are read at 16.</summary>
    public IReadOnlyList<int> Users { get; init; } = [1, 4, 16, 64];

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Conversations the host must have served before its memory is read (0: read it after the levels).</summary>
    public int Conversations { get; init; } = 10_000;

    /// <summary>The longest the memory phase may take to reach <see cref="Conversations"/>.</summary>
    public TimeSpan MemoryPhaseCap { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Each run of the memory phase (one after the other until enough conversations were served).</summary>
    public TimeSpan MemoryPhaseRun { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Both bots' warm-up after they start, not counted (its replies are checked all the same).</summary>
    public TimeSpan HostWarmup { get; init; } = Driving.HostWarmup.DefaultDuration;

    public int ColdStarts { get; init; } = 3;

    /// <summary>Where the SQLite file goes.</summary>
    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "zonebot-bench");

    /// <summary>The chart of latency against users (PNG); null: none.</summary>
    public string? Chart { get; init; } = Reporting.RepositoryRoot.DefaultChart;

    /// <summary>A PostgreSQL connection string: the benchmark makes a new database on that server; null: SQLite.</summary>
    public string? Postgres { get; init; }

    public const int TargetUsers = 16;
}
