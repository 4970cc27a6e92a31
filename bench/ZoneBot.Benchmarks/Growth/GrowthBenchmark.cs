using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Reporting;
using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Growth;

/// <summary>
/// Does ZoneBot stay flat as the zone's data grows? 查询工单 and filing turn latency on the real host over
/// 1,000 and over 1,000,000 tickets (a generator fills the database), and firm search over 743 and 100,000 firms.
/// </summary>
public sealed class GrowthBenchmark(GrowthOptions options, TextWriter output, IBotLauncher? launcher = null, FirmSearchFactory? search = null)
{
    // The turns that read or write tickets; the identification turns before them are the same in both databases.
    private static readonly string[] MyTicketsTurns = [.. ZoneBotScenarios.MyTicketsKeys.Select(key => $"{ZoneBotScenarios.MyTickets.Name} / {key}")];
    private static readonly string ConfirmTurn = $"{ZoneBotScenarios.FileIssue.Name} / {ZoneBotScenarios.ConfirmKey}";

    private readonly IBotLauncher _launcher = launcher ?? BotProcesses.Instance;
    private readonly FirmSearchFactory _search = search ?? FirmSearches.Index;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        Machine.PrintHeader(output, "growth");
        var verdicts = new List<Verdict>();

        output.WriteLine($"Firm search, call by call ({options.SearchPasses} passes over queries built from the 743 demo firms; found: the firm among the {FirmSearches.Offered} offered):");
        var (demo, city) = FirmSearchGrowth.Run(options.CityFirms, options.SearchPasses, _search);
        var search = new Table("query", $"{demo.Firms:N0} firms p50 / p99 / max ms", "found", $"{city.Firms:N0} firms p50 / p99 / max ms", "found", "p99 ratio");
        foreach (var kind in demo.ByKind.Keys)
        {
            search.Add(kind, Percentiles(demo.ByKind[kind]), demo.RecallByKind[kind], Percentiles(city.ByKind[kind]), city.RecallByKind[kind], Ratio(city.ByKind[kind].P99, demo.ByKind[kind].P99));
        }
        search.Print(output);
        output.WriteLine($"Index build: {demo.Build.TotalMilliseconds:0} ms for {demo.Firms:N0} firms, {city.Build.TotalMilliseconds:0} ms for {city.Firms:N0}");
        output.WriteLine();
        verdicts.AddRange(SearchRecallVerdicts(demo));
        verdicts.AddRange(SearchRecallVerdicts(city));
        verdicts.Add(new Verdict($"firm search p99 < 2 ms over {city.Firms:N0} firms", city.ByKind["all"].Count > 0 && city.ByKind["all"].P99 < 2,
            FormattableString.Invariant($"{city.ByKind["all"].P99:0.00} ms (full name {city.ByKind[FirmQuery.FullName].P99:0.00}, short name {city.ByKind[FirmQuery.ShortName].P99:0.00}, code {city.ByKind[FirmQuery.CreditCode].P99:0.000}, one wrong {city.ByKind[FirmQuery.OneWrong].P99:0.00})")));

        var small = await TicketsRunAsync(options.SmallTickets, ct);
        var large = await TicketsRunAsync(options.LargeTickets, ct);
        output.WriteLine($"报事 and 查询工单 turn by turn, {options.Users} user(s), {options.Duration.TotalSeconds:0} s each:");
        var turns = new Table("flow / turn", $"{options.SmallTickets:N0} tickets p50 / p99 ms", $"{options.LargeTickets:N0} tickets p50 / p99 ms", "p99 ratio");
        foreach (var key in small.ByScenario.Keys.Concat(small.ByKey.Keys).Union(large.ByKey.Keys).Order(StringComparer.Ordinal))
        {
            var before = small.ByScenario.GetValueOrDefault(key) ?? small.ByKey.GetValueOrDefault(key) ?? LatencySummary.Empty;
            var after = large.ByScenario.GetValueOrDefault(key) ?? large.ByKey.GetValueOrDefault(key) ?? LatencySummary.Empty;
            turns.Add(key, PairOf(before), PairOf(after), Ratio(after.P99, before.P99));
        }
        turns.Print(output);

        var listBefore = small.Of(MyTicketsTurns);
        var listAfter = large.Of(MyTicketsTurns);
        output.WriteLine(FormattableString.Invariant($"查询工单 ticket turns together (list, next page, details): p50 / p99 {listBefore.P50:0.0} / {listBefore.P99:0.0} ms → {listAfter.P50:0.0} / {listAfter.P99:0.0} ms"));
        output.WriteLine();
        verdicts.Add(GrowthVerdict("查询工单 p99 (list, next page, details)", listBefore, listAfter));
        verdicts.Add(GrowthVerdict("报事 p99 (every turn)", small.ByScenario.GetValueOrDefault("报事"), large.ByScenario.GetValueOrDefault("报事")));
        verdicts.Add(GrowthVerdict("报事 confirm turn p99 (the ticket written)", small.ByKey.GetValueOrDefault(ConfirmTurn), large.ByKey.GetValueOrDefault(ConfirmTurn)));
        verdicts.Add(Verdict.ZeroErrors($"报事 and 查询工单 over {options.SmallTickets:N0} tickets", small));
        verdicts.Add(Verdict.ZeroErrors($"报事 and 查询工单 over {options.LargeTickets:N0} tickets", large));
        output.WriteLine($"Load average at the end: {Machine.LoadAverage()}");
        output.WriteLine();
        return Verdict.Conclude(output, verdicts);
    }

    /// <summary>
    /// Every query must find the firm it was built from; one with a wrong character most of the time
    /// (<see cref="GrowthOptions.MinimumOneWrongRecall"/>).
    /// </summary>
    private IEnumerable<Verdict> SearchRecallVerdicts(FirmSearchGrowth.Result result)
    {
        foreach (var kind in FirmQuery.Kinds)
        {
            var recall = result.RecallByKind[kind];
            var minimum = kind == FirmQuery.OneWrong ? options.MinimumOneWrongRecall : 1.0;
            var target = minimum >= 1 ? "finds the firm every time" : FormattableString.Invariant($"finds the firm ≥ {minimum:P0} of the time");
            yield return new Verdict($"firm search by {kind} {target} ({result.Firms:N0} firms)",
                recall.Queries > 0 && recall.Share >= minimum, recall.ToString());
        }
    }

    /// <summary>A database of <paramref name="tickets"/> tickets, the host over it, and 报事 and 查询工单 measured; the warm-up's wrong replies counted with the run's.</summary>
    private async Task<RunResult> TicketsRunAsync(int tickets, CancellationToken ct)
    {
        var database = await BenchDatabase.CreateSqliteAsync(options.WorkFolder, $"growth-{tickets}", ct);
        var progress = new Progress<int>(written =>
        {
            if (written % 200_000 == 0)
            {
                output.WriteLine($"  {written:N0} tickets written");
            }
        });
        var took = await new TicketGenerator(database.Database).GenerateAsync(tickets, progress, ct);
        var events = await database.CountAsync("ticket_events", ct);
        output.WriteLine($"Generated {await database.CountAsync("tickets", ct):N0} tickets and {events:N0} events in {took.TotalSeconds:0.0} s ({tickets / Math.Max(took.TotalSeconds, 0.001):N0} tickets/s)");

        var firms = await database.FirmsAsync(ct);
        // 查询工单 verifies with a liaison's code, as a member of the firm would, and reads the whole firm's tickets.
        var workload = ZoneBotScenarios.Tickets with { Support = await ScenarioSupport.PrepareAsync(database, firms, Math.Max(4, options.Users), ct) };
        await using var host = await _launcher.StartZoneBotAsync(database, ct);
        var warmup = await HostWarmup.RunAsync(host, workload, firms, options.HostWarmup, ct);
        var run = await new LoadDriver(firms, options.Warmup, options.Duration)
            .RunAsync("ZoneBot", host.BaseAddress, workload, options.Users, host.CpuTime, ct);
        run = run with { WarmupErrors = run.WarmupErrors + warmup.Errors, ErrorSamples = [.. warmup.ErrorSamples, .. run.ErrorSamples] };
        output.WriteLine($"  {tickets:N0} tickets: {run.TurnsPerSecond:0.0} turns/s, p50 / p99 {run.Latency.P50:0.0} / {run.Latency.P99:0.0} ms, {run.Errors} errors ({run.WarmupErrors} in warm-ups), host CPU {run.BotCpuPerTurnMs:0.00} ms per turn");
        foreach (var error in run.ErrorSamples)
        {
            output.WriteLine($"    error: {error}");
        }
        output.WriteLine();
        return run;
    }

    private Verdict GrowthVerdict(string what, LatencySummary? before, LatencySummary? after)
    {
        if (before is null || after is null || before.Count == 0 || after.Count == 0)
        {
            return new Verdict($"{what}: {options.LargeTickets:N0} tickets within 1.5x of {options.SmallTickets:N0}", false, "not measured (no such turns)");
        }
        var ratio = after.P99 / before.P99;
        return new Verdict($"{what}: {options.LargeTickets:N0} tickets within 1.5x of {options.SmallTickets:N0}", ratio <= 1.5,
            FormattableString.Invariant($"{ratio:0.00}x ({after.P99:0.0} vs {before.P99:0.0} ms)"));
    }

    private static string Percentiles(LatencySummary latency) => FormattableString.Invariant($"{latency.P50:0.000} / {latency.P99:0.000} / {latency.Max:0.000}");

    private static string PairOf(LatencySummary latency) =>
        latency.Count == 0 ? "—" : FormattableString.Invariant($"{latency.P50:0.0} / {latency.P99:0.0} ({latency.Count})");

    private static string Ratio(double after, double before) => before == 0 ? "—" : FormattableString.Invariant($"{after / before:0.00}x");
}
