using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Reporting;

namespace ZoneBot.Benchmarks.Load;

/// <summary>The load benchmark's figures as Markdown tables, and the issue's targets met or not.</summary>
public sealed class LoadReport(
    TextWriter output,
    IReadOnlyList<LevelResult> levels,
    RunResult mixed,
    IReadOnlyList<TimeSpan> coldStarts,
    TimeSpan coldStart,
    ProcessMemory memory,
    long conversationsServed,
    int memoryPhaseErrors,
    StateSize state,
    ProcessMemory floorMemory)
{
    private const double MaxRssMegabytes = 250;
    private const double MaxStateBytes = 2048;

    public bool AllMet => Verdicts().All(verdict => verdict.Met);

    public void Print()
    {
        output.WriteLine("Full ticket filing (报事, 12 turns) vs the echo floor (the same 12 messages echoed):");
        var table = new Table("users", "floor turns/s", "floor p50 / p95 / p99 ms", "ZoneBot turns/s", "ZoneBot p50 / p95 / p99 ms", "ratio turns/s", "ratio p99", "errors floor / ZoneBot", "CPU ms per turn floor / ZoneBot", "cores busy floor / ZoneBot");
        foreach (var level in levels)
        {
            table.Add(level.Users, level.Floor.TurnsPerSecond, Percentiles(level.Floor.Latency), level.ZoneBot.TurnsPerSecond, Percentiles(level.ZoneBot.Latency),
                $"{level.ThroughputRatio:P0}", $"{level.P99Ratio:0.00}x", $"{level.Floor.Errors} / {level.ZoneBot.Errors}",
                FormattableString.Invariant($"{level.Floor.BotCpuPerTurnMs:0.00} / {level.ZoneBot.BotCpuPerTurnMs:0.00}"),
                FormattableString.Invariant($"{level.Floor.BotCores:0.00} / {level.ZoneBot.BotCores:0.00}"));
        }
        table.Print(output);

        if ((levels.FirstOrDefault(level => level.Users == LoadOptions.TargetUsers) ?? levels.LastOrDefault()) is { } shown)
        {
            output.WriteLine($"报事 turn by turn, {shown.Users} users:");
            PrintByKey(shown.ZoneBot);
        }

        output.WriteLine($"Every flow mixed, {mixed.Users} users: {mixed.TurnsPerSecond:0.0} turns/s, p50 / p95 / p99 {Percentiles(mixed.Latency)} ms, {mixed.Conversations} conversations, {mixed.Errors} errors, host CPU {mixed.BotCpuPerTurnMs:0.00} ms per turn ({mixed.BotCores:0.00} cores busy)");
        PrintByKey(mixed);

        output.WriteLine($"Host memory after {conversationsServed} conversations: RSS {memory.ResidentMegabytes:0} MB, peak (VmHWM) {memory.PeakResidentMegabytes:0} MB; echo floor peak {floorMemory.PeakResidentMegabytes:0} MB");
        output.WriteLine($"Memory phase errors: {memoryPhaseErrors}");
        output.WriteLine($"SQL state: {state.Conversations.Rows} conversation rows, {state.Conversations.AverageBytes:0} bytes each on average (max {state.Conversations.MaxBytes:0}); {state.Users.Rows} user rows; processed_activities (the duplicate guard, kept 3 days): {state.ProcessedActivities.Rows} rows, {state.ProcessedActivities.AverageBytes:0} bytes each on average");
        output.WriteLine();
        Verdict.Print(output, Verdicts());
    }

    public IEnumerable<Verdict> Verdicts()
    {
        if (levels.FirstOrDefault(level => level.Users == LoadOptions.TargetUsers) is { } at16)
        {
            yield return new Verdict("报事 ≥ 50 % of the floor's turns/s (16 users)", at16.ThroughputRatio >= 0.5,
                $"{at16.ThroughputRatio:P0} ({at16.ZoneBot.TurnsPerSecond:0} vs {at16.Floor.TurnsPerSecond:0} turns/s)");
            yield return new Verdict("报事 p99 ≤ 1.5x the floor's p99 (16 users)", at16.P99Ratio <= 1.5,
                $"{at16.P99Ratio:0.00}x ({at16.ZoneBot.Latency.P99:0.0} vs {at16.Floor.Latency.P99:0.0} ms)");
            yield return new Verdict("报事 zero errors (16 users)", at16.ZoneBot.Errors == 0 && at16.ZoneBot.WarmupErrors == 0,
                $"{at16.ZoneBot.Errors} errors in {at16.ZoneBot.Turns} turns");
        }
        yield return new Verdict("cold start to a ready /healthz < 3 s (SQLite, demo data loaded)", coldStart < TimeSpan.FromSeconds(3),
            $"{coldStart.TotalSeconds:0.00} s median of {string.Join(", ", coldStarts.Select(start => start.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)))}");
        yield return new Verdict($"host RSS < {MaxRssMegabytes:0} MB after 10,000 conversations", conversationsServed >= 10_000 && memory.ResidentMegabytes < MaxRssMegabytes,
            $"{memory.ResidentMegabytes:0} MB after {conversationsServed} (peak {memory.PeakResidentMegabytes:0} MB)");
        yield return new Verdict("SQL state per idle conversation ≤ 2 KB", state.Conversations.AverageBytes <= MaxStateBytes,
            $"{state.Conversations.AverageBytes:0} bytes average, {state.Conversations.MaxBytes:0} max");
    }

    private void PrintByKey(RunResult run)
    {
        var table = new Table("flow / turn", "turns", "p50 ms", "p95 ms", "p99 ms", "max ms");
        foreach (var (name, latency) in run.ByScenario.Concat(run.ByKey).OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            table.Add(name, latency.Count, latency.P50, latency.P95, latency.P99, latency.Max);
        }
        table.Print(output);
    }

    private static string Percentiles(LatencySummary latency) =>
        FormattableString.Invariant($"{latency.P50:0.0} / {latency.P95:0.0} / {latency.P99:0.0}");
}
