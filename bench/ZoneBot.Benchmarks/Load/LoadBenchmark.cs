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
/// enough conversations to read its memory and the state they left.
/// </summary>
public sealed class LoadBenchmark(LoadOptions options, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        Machine.PrintHeader(output, "load");
        var database = options.Postgres is { } postgres
            ? await BenchDatabase.CreatePostgresAsync(postgres, "load", ct)
            : await BenchDatabase.CreateSqliteAsync(options.WorkFolder, "load", ct);
        var firms = await database.FirmsAsync(ct);
        output.WriteLine($"Database: {database.Provider}, {firms.Count} firms (demo zone), conversation state in its bot_state table");
        output.WriteLine($"Each run: {options.Warmup.TotalSeconds:0} s warm-up (not counted), {options.Duration.TotalSeconds:0} s measured; every reply checked");
        output.WriteLine($"Not scripted: {(ZoneBotScenarios.VolunteerSignUp is null ? "志愿者报名 (volunteer sign-up), not on this branch yet" : "nothing")}");
        output.WriteLine();

        await using var floor = await BotProcesses.StartFloorAsync(ct);
        var coldStarts = await ColdStartsAsync(database, ct);
        await using var host = await BotProcesses.StartZoneBotAsync(database.Provider, database.ConnectionString, ct);
        output.WriteLine($"Cold start to a ready /healthz: {string.Join(", ", coldStarts.Select(start => $"{start.TotalSeconds:0.00} s"))} (median {Median(coldStarts).TotalSeconds:0.00} s)");
        await HostWarmup.RunAsync(floor, EchoScenarios.Filing, firms, ct);
        await HostWarmup.RunAsync(host, ZoneBotScenarios.Mixed, firms, ct);
        output.WriteLine($"Both bots warmed up ({HostWarmup.Duration.TotalSeconds:0} s of 4 users each, not counted)");
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

        var mixed = await driver.RunAsync("ZoneBot", host.BaseAddress, ZoneBotScenarios.Mixed, LoadOptions.TargetUsers, host.CpuTime, ct);
        PrintErrors(mixed);
        var (served, memoryPhaseErrors) = await MemoryPhaseAsync(database, host, firms, ct);
        var memory = host.Memory;
        var state = await database.StateSizeAsync(ct);

        var report = new LoadReport(output, levels, mixed, coldStarts, Median(coldStarts), memory, served, memoryPhaseErrors, state, floor.Memory);
        report.Print();
        output.WriteLine($"Load average at the end: {Machine.LoadAverage()}");
        if (options.Chart is { } chart && levels.Count > 0)
        {
            LatencyChart.Save(chart, levels, $"{Environment.ProcessorCount} cores, driver on the same cores; load average {Machine.LoadAverage()}");
            output.WriteLine($"Chart: {chart}");
        }
        return report.AllMet ? 0 : 3;
    }

    private async Task<List<TimeSpan>> ColdStartsAsync(BenchDatabase database, CancellationToken ct)
    {
        var starts = new List<TimeSpan>();
        for (var i = 0; i < options.ColdStarts; i++)
        {
            await using var host = await BotProcesses.StartZoneBotAsync(database.Provider, database.ConnectionString, ct);
            starts.Add(host.ColdStart);
        }
        return starts;
    }

    /// <summary>Every flow mixed at 16 users until the host has served <see cref="LoadOptions.Conversations"/> conversations (all runs counted).</summary>
    private async Task<(long Served, int Errors)> MemoryPhaseAsync(BenchDatabase database, ChildProcess host, IReadOnlyList<FirmAccount> firms, CancellationToken ct)
    {
        var driver = new LoadDriver(firms, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        var cap = System.Diagnostics.Stopwatch.StartNew();
        var errors = 0;
        var served = (await database.StateSizeAsync(ct)).Conversations.Rows;
        while (served < options.Conversations && cap.Elapsed < options.MemoryPhaseCap)
        {
            var run = await driver.RunAsync("ZoneBot", host.BaseAddress, ZoneBotScenarios.Mixed, LoadOptions.TargetUsers, host.CpuTime, ct);
            errors += run.Errors;
            PrintErrors(run);
            served = (await database.StateSizeAsync(ct)).Conversations.Rows;
            output.WriteLine($"Memory phase: {served} conversations served, host RSS {host.Memory.ResidentMegabytes:0} MB");
        }
        return (served, errors);
    }

    private void PrintErrors(RunResult run)
    {
        foreach (var error in run.ErrorSamples)
        {
            output.WriteLine($"    error ({run.Target}, {run.Users} users): {error}");
        }
    }

    private static TimeSpan Median(List<TimeSpan> values) =>
        values.Count == 0 ? TimeSpan.Zero : values.Order().ElementAt(values.Count / 2);
}
