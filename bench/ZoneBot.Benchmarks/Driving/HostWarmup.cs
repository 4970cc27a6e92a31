using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>
/// A freshly started bot runs tier-0 code until each method has been called often enough: a minute of every flow,
/// not counted, so that no measured run (the first level above all) pays for the JIT. Its replies are checked all the
/// same, and its result returned: a wrong reply in the warm-up is a wrong reply.
/// </summary>
public static class HostWarmup
{
    // ZoneBot's host is a lot of code (dialogs, recognizers, Lucene, two databases' paths): 15 s of every flow left it
    // recompiling about 140 methods a second in the window profiled next, at 7.1 ms of CPU per 报事 turn; after 90 s,
    // 4 a second and 2.8 ms (2026-12-02). The echo floor, a few methods, is warm within seconds either way.
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(60);

    public static Task<RunResult> RunAsync(IBotTarget bot, Workload workload, IReadOnlyList<FirmAccount> firms, TimeSpan duration, CancellationToken ct) =>
        new LoadDriver(firms, TimeSpan.Zero, duration).RunAsync(bot.Name + " warm-up", bot.BaseAddress, workload, 4, bot.CpuTime, ct);
}
