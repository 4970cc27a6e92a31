using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>
/// A freshly started bot runs tier-0 code until each method has been called often enough: a few seconds of
/// every flow, not counted, so that no measured run (the first level above all) pays for the JIT. Its replies are
/// checked all the same, and its result returned: a wrong reply in the warm-up is a wrong reply.
/// </summary>
public static class HostWarmup
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(15);

    public static Task<RunResult> RunAsync(IBotTarget bot, Workload workload, IReadOnlyList<FirmAccount> firms, TimeSpan duration, CancellationToken ct) =>
        new LoadDriver(firms, TimeSpan.Zero, duration).RunAsync(bot.Name + " warm-up", bot.BaseAddress, workload, 4, bot.CpuTime, ct);
}
