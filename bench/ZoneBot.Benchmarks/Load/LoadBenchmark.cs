using ZoneBot.Benchmarks.Charts;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Reporting;
using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Load;

/// <summary>
/// The load benchmark: the real host (Release, its own process, SQL state) and the echo floor side by side, at
/// each concurrency level one right after the other, so that ZoneBot's figures are read as a ratio of the
/// framework's own floor on this machine at this moment. Then every flow mixed, until the host has served
/// enough conversations to read its memory and the state they left. A wrong reply in any phase fails the run.
/// </summary>
public sealed class LoadBenchmark(LoadOptions options, TextWriter output, IBotLauncher? launcher = null)
{
    private readonly IBotLauncher _launcher = launcher ?? BotProcesses.Instance;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        Machine.PrintHeader(output, "load");
        var database = options.Postgres is { } postgres
            ? await BenchDatabase.CreatePostgresAsync(postgres, "load", ct)
            : await BenchDatabase.CreateSqliteAsync(options.WorkFolder, "load", ct);
        var firms = await database.FirmsAsync(ct);
        var support = await ScenarioSupport.PrepareAsync(database, firms, Math.Max(LoadOptions.TargetUsers, options.Users.DefaultIfEmpty(1).Max()), ct);
        var mixedWorkload = ZoneBotScenarios.Mixed with { Support = support };
        output.WriteLine($"Database: {database.Label}, {firms.Count} firms (demo zone), conversation state in its bot_state table");
        output.WriteLine($"Prepared: {support.Codes.Issued} firm codes from the liaisons ({ScenarioSupport.CodesPerFirm} per firm, for 查询工单 to verify), {support.Officers.Count} officers with binding codes");
        output.WriteLine($"Each run: {options.Warmup.TotalSeconds:0} s warm-up (not counted), {options.Duration.TotalSeconds:0} s measured; every reply checked, a wrong one fails the run");
        output.WriteLine($"Flows: {mixedWorkload.Name}");
        output.WriteLine();

        await using var floor = await _launcher.StartFloorAsync(ct);
        var coldStarts = await ColdStartsAsync(database, ct);
        await using var host = await _launcher.StartZoneBotAsync(database, ct);
        if (coldStarts.Count > 0)
        {
            output.WriteLine($"Cold start to a ready /healthz ({database.Label}): {string.Join(", ", coldStarts.Select(start => $"{start.TotalSeconds:0.00} s"))}");
        }
        var floorWarmup = await HostWarmup.RunAsync(floor, EchoScenarios.Filing, firms, options.HostWarmup, ct);
        var hostWarmup = await HostWarmup.RunAsync(host, mixedWorkload, firms, options.HostWarmup, ct);
        output.WriteLine($"Both bots warmed up ({options.HostWarmup.TotalSeconds:0} s of 4 users each, not counted): floor {floorWarmup.Errors} errors, ZoneBot {hostWarmup.Errors} errors; alerts delivered to the driver's channel: {ChannelService.Received:N0}");
        PrintErrors(floorWarmup);
        PrintErrors(hostWarmup);
        output.WriteLine();

        var driver = new LoadDriver(firms, options.Warmup, options.Duration);
        var levels = new List<LevelResult>();
        foreach (var users in options.Users)
        {
            var floorRun = await driver.RunAsync("echo floor", floor.BaseAddress, EchoScenarios.Filing, users, floor.CpuTime, ct);
            var zoneBotRun = await driver.RunAsync("ZoneBot", host.BaseAddress, ZoneBotScenarios.Filing, users, host.CpuTime, ct);
            var level = new LevelResult(users, floorRun, zoneBotRun);
            levels.Add(level);
            output.WriteLine($"{users,3} users: floor {floorRun.TurnsPerSecond,7:0.0} turns/s p99 {floorRun.Latency.P99,6:0.0} ms | ZoneBot 报事 {zoneBotRun.TurnsPerSecond,7:0.0} turns/s p99 {zoneBotRun.Latency.P99,6:0.0} ms, errors {zoneBotRun.Errors} | ratio {level.ThroughputRatio:P0} | CPU per turn floor {floorRun.BotCpuPerTurnMs:0.00} ms ({floorRun.BotCores:0.00} cores), ZoneBot {zoneBotRun.BotCpuPerTurnMs:0.00} ms ({zoneBotRun.BotCores:0.00} cores)");
            PrintErrors(floorRun);
            PrintErrors(zoneBotRun);
        }
        output.WriteLine();

        var mixed = await driver.RunAsync("ZoneBot", host.BaseAddress, mixedWorkload, LoadOptions.TargetUsers, host.CpuTime, ct);
        PrintErrors(mixed);
        var servedBefore = hostWarmup.Completed + levels.Sum(level => (long)level.ZoneBot.Completed) + mixed.Completed;
        var memoryPhase = await MemoryPhaseAsync(host, firms, mixedWorkload, servedBefore, ct);

        var results = new LoadResults
        {
            Database = database.Label,
            Options = options,
            FloorWarmup = floorWarmup,
            HostWarmup = hostWarmup,
            Levels = levels,
            Mixed = mixed,
            MemoryPhase = memoryPhase,
            ColdStarts = coldStarts,
            HostMemory = host.Memory,
            FloorMemory = floor.Memory,
            State = await database.StateSizeAsync(ct),
        };
        var report = new LoadReport(output, results);
        report.Print();
        output.WriteLine($"Load average at the end: {Machine.LoadAverage()}");
        if (options.Chart is { } chart && levels.Count > 0)
        {
            LatencyChart.Save(chart, levels, $"{Environment.ProcessorCount} cores, driver on the same cores; load average {Machine.LoadAverage()}");
            output.WriteLine($"Chart: {chart}");
        }
        output.WriteLine();
        return Verdict.Conclude(output, [.. report.Verdicts()]);
    }

    private async Task<List<TimeSpan>> ColdStartsAsync(BenchDatabase database, CancellationToken ct)
    {
        var starts = new List<TimeSpan>();
        for (var i = 0; i < options.ColdStarts; i++)
        {
            await using var host = await _launcher.StartZoneBotAsync(database, ct);
            starts.Add(host.ColdStart);
        }
        return starts;
    }

    /// <summary>
    /// Every flow mixed at 16 users until the host has served <see cref="LoadOptions.Conversations"/> conversations as
    /// scripted (every phase counted). Stops at the first run with a wrong reply or with nothing served: the verdict
    /// has failed then, and going on would only take the time cap.
    /// </summary>
    private async Task<List<RunResult>> MemoryPhaseAsync(IBotTarget host, IReadOnlyList<FirmAccount> firms, Workload workload, long served, CancellationToken ct)
    {
        var driver = new LoadDriver(firms, TimeSpan.Zero, options.MemoryPhaseRun);
        var cap = System.Diagnostics.Stopwatch.StartNew();
        var runs = new List<RunResult>();
        while (served < options.Conversations && cap.Elapsed < options.MemoryPhaseCap)
        {
            var run = await driver.RunAsync("ZoneBot", host.BaseAddress, workload, LoadOptions.TargetUsers, host.CpuTime, ct);
            runs.Add(run);
            served += run.Completed;
            PrintErrors(run);
            output.WriteLine($"Memory phase: {served} conversations served as scripted, {run.Errors} errors in this run, host RSS {host.Memory.ResidentMegabytes:0} MB");
            if (run.Errors > 0 || run.Completed == 0)
            {
                output.WriteLine("Memory phase stopped: a run with a wrong reply or with no conversation served");
                break;
            }
        }
        return runs;
    }

    private void PrintErrors(RunResult run)
    {
        foreach (var error in run.ErrorSamples)
        {
            output.WriteLine($"    error ({run.Target}, {run.Users} users): {error}");
        }
    }
}
