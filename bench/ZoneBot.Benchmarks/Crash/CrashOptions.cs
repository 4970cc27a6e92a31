namespace ZoneBot.Benchmarks.Crash;

/// <summary>The crash test's settings (the `crash` verb's options).</summary>
public sealed record CrashOptions
{
    /// <summary>Virtual users filing tickets (报事) when the host is killed.</summary>
    public int Users { get; init; } = 8;

    /// <summary>The host is killed once at least this many ticket numbers reached users, at a random moment after.</summary>
    public int KillAfterTickets { get; init; } = 40;

    /// <summary>The random moment: up to this long after <see cref="KillAfterTickets"/>, while turns are under way.</summary>
    public TimeSpan KillWithin { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The host is killed at the latest this long after the load started, however many tickets were filed.</summary>
    public TimeSpan KillAtTheLatest { get; init; } = TimeSpan.FromSeconds(60);

    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "zonebot-bench");

    /// <summary>A PostgreSQL connection string: the test runs on a new database on that server; null: a SQLite file.</summary>
    public string? Postgres { get; init; }

    /// <summary>Settings for the host (Key=Value), e.g. the SQLite synchronous mode where the host has a setting for it.</summary>
    public IReadOnlyList<string> HostSettings { get; init; } = [];
}
