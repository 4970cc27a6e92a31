namespace ZoneBot.Benchmarks.Processes;

/// <summary>
/// How the two bots are started: `dotnet ZoneBot.Host.dll` (the real host, built in the configuration of this
/// benchmark, beside it in this output folder) and `dotnet ZoneBot.Benchmarks.dll floor`. Both log warnings only,
/// so neither pays for console output per turn.
/// </summary>
public static class BotProcesses
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] QuietLogging =
    [
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
    ];

    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "ZoneBot.Host.dll");

    private static string BenchmarksDll => Path.Combine(AppContext.BaseDirectory, "ZoneBot.Benchmarks.dll");

    /// <summary>ZoneBot's host over <paramref name="provider"/> and <paramref name="connectionString"/>.</summary>
    public static Task<ChildProcess> StartZoneBotAsync(string provider, string connectionString, CancellationToken ct) =>
        ChildProcess.StartAsync("ZoneBot host", "dotnet",
            [HostDll, $"--Database:Provider={provider}", $"--Database:ConnectionString={connectionString}", .. QuietLogging],
            ReadyTimeout, ct);

    /// <summary>The bare CloudAdapter echo bot (the floor verb of this executable).</summary>
    public static Task<ChildProcess> StartFloorAsync(CancellationToken ct) =>
        ChildProcess.StartAsync("echo floor", "dotnet", [BenchmarksDll, "floor", .. QuietLogging], ReadyTimeout, ct);
}
