using ZoneBot.Benchmarks.Data;

namespace ZoneBot.Benchmarks.Processes;

/// <summary>
/// The two bots, each started as a child process: `dotnet ZoneBot.Host.dll` (the real host, built in the configuration of this
/// benchmark, beside it in this output folder) and `dotnet ZoneBot.Benchmarks.dll floor`. Both log warnings only,
/// so neither pays for console output per turn.
/// </summary>
public sealed class BotProcesses(IReadOnlyList<string>? hostSettings = null) : IBotLauncher
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] QuietLogging =
    [
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        // The driver is one address speaking as many users, and an officer's script sends more than a person would:
        // the limits meant for the public would answer 429 to most of a run. One-second windows at their maxima lift them.
        "--RateLimits:WindowSeconds=1",
        "--RateLimits:RequestsPerAddress=1000000",
        "--RateLimits:MessagesPerUser=100000",
    ];

    public static BotProcesses Instance { get; } = new();

    /// <summary>Settings given to the host on its command line (Key=Value, as appsettings keys), after the benchmark's own.</summary>
    public IReadOnlyList<string> HostSettings { get; } = hostSettings ?? [];

    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "ZoneBot.Host.dll");

    private static string BenchmarksDll => Path.Combine(AppContext.BaseDirectory, "ZoneBot.Benchmarks.dll");

    /// <summary>ZoneBot's host over the benchmark's database.</summary>
    public async Task<IBotTarget> StartZoneBotAsync(BenchDatabase database, CancellationToken ct) =>
        await ChildProcess.StartAsync("ZoneBot host", "dotnet",
            [HostDll, $"--Database:Provider={database.Provider}", $"--Database:ConnectionString={database.ConnectionString}", .. QuietLogging,
                .. HostSettings.Select(setting => "--" + setting)],
            ReadyTimeout, ct);

    /// <summary>The bare CloudAdapter echo bot (the floor verb of this executable).</summary>
    public async Task<IBotTarget> StartFloorAsync(CancellationToken ct) =>
        await ChildProcess.StartAsync("echo floor", "dotnet", [BenchmarksDll, "floor", .. QuietLogging], ReadyTimeout, ct);
}
