using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>
/// A freshly started bot runs tier-0 code until each method has been called often enough: a few seconds of
/// every flow, not counted, so that no measured run (the first level above all) pays for the JIT.
/// </summary>
public static class HostWarmup
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(15);

    public static Task RunAsync(ChildProcess bot, Workload workload, IReadOnlyList<FirmAccount> firms, CancellationToken ct) =>
        new LoadDriver(firms, TimeSpan.Zero, Duration).RunAsync(bot.Name, bot.BaseAddress, workload, 4, bot.CpuTime, ct);
}
