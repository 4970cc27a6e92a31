using ZoneBot.Benchmarks.Data;

namespace ZoneBot.Benchmarks.Processes;

/// <summary>Starts the bots a benchmark measures: the real ones as child processes (<see cref="BotProcesses"/>), or a test's own.</summary>
public interface IBotLauncher
{
    Task<IBotTarget> StartZoneBotAsync(BenchDatabase database, CancellationToken ct);

    Task<IBotTarget> StartFloorAsync(CancellationToken ct);
}
