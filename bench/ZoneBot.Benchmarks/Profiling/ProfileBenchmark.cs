using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Parsers;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Reporting;
using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Profiling;

/// <summary>
/// A CPU profile of the 报事 turn under load (issue 15, "measure first"): the real host as a child process, warmed up,
/// then an EventPipe session on it (the runtime's sample profiler, and the method events that name the frames) while
/// the users file tickets; the samples grouped into buckets (<see cref="ProfileBuckets"/>), with the host's CPU per turn
/// and how busy each core was over the same window.
/// </summary>
public sealed class ProfileBenchmark(ProfileOptions options, TextWriter output)
{
    /// <summary>The sample profiler's period: one sample of each managed thread about every millisecond.</summary>
    private static readonly TimeSpan SamplePeriod = TimeSpan.FromMilliseconds(1);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        Machine.PrintHeader(output, "profile");
        var database = options.Postgres is { } postgres
            ? await BenchDatabase.CreatePostgresAsync(postgres, "profile", ct)
            : await BenchDatabase.CreateSqliteAsync(options.WorkFolder, "profile", ct);
        var firms = await database.FirmsAsync(ct);
        var support = await ScenarioSupport.PrepareAsync(database, firms, Math.Max(4, options.Users), ct);
        if (options.Perf)
        {
            // Inherited by the host: its compiled methods named for perf (a file in /tmp per process), and its code in
            // plain anonymous memory, where perf looks them up (with W^X on, code is double-mapped from a file perf cannot name).
            Environment.SetEnvironmentVariable("DOTNET_PerfMapEnabled", "1");
            Environment.SetEnvironmentVariable("DOTNET_EnableWriteXorExecute", "0");
        }
        await using var target = await BotProcesses.Instance.StartZoneBotAsync(database, ct);
        var host = target as ChildProcess ?? throw new InvalidOperationException("The profile attaches to a child process.");

        var warmup = await HostWarmup.RunAsync(host, ZoneBotScenarios.Mixed with { Support = support }, firms, options.Warmup, ct);
        output.WriteLine($"Host ({database.Label}) warmed up: {options.Warmup.TotalSeconds:0} s of every flow, {warmup.Errors} errors");

        RunResult run;
        IReadOnlyList<double> cores;
        (string What, bool Met, string Measured) evidence;
        var buckets = ProfileBuckets.Load();
        var load = new LoadDriver(firms, TimeSpan.Zero, options.Duration);
        async Task<(RunResult Run, IReadOnlyList<double> Cores)> FileTicketsAsync()
        {
            var usage = CoreUsage.StartNow();
            var filed = await load.RunAsync("ZoneBot", host.BaseAddress, ZoneBotScenarios.Filing with { Support = support }, options.Users, host.CpuTime, ct);
            return (filed, usage.Busy());
        }
        if (options.Perf)
        {
            var data = Path.Combine(options.WorkFolder, $"profile-{DateTime.UtcNow:yyyyMMdd-HHmmss}.perf.data");
            var recording = PerfProfile.RecordAsync(host.Id, options.Duration, data, ct);
            (run, cores) = await FileTicketsAsync();
            await recording;
            PrintRun(run, $"perf data: {data}");
            var profile = await PerfProfile.ReadAsync(data, buckets, ct);
            output.WriteLine();
            PrintOnCpu(output, profile, run, buckets);
            evidence = Evidence(profile);
        }
        else if (options.Allocations)
        {
            (var trace, (run, cores)) = await TraceAsync(host, AllocationProviders(), FileTicketsAsync, ct);
            PrintRun(run, $"Trace: {trace}");
            var allocations = AllocationProfile.Read(trace, buckets);
            output.WriteLine();
            PrintAllocations(output, allocations, run);
            evidence = ("the trace has allocation ticks of the host's turns", allocations.Ticks > 0, $"{allocations.Ticks} ticks");
        }
        else
        {
            (var trace, (run, cores)) = await TraceAsync(host, Providers(), FileTicketsAsync, ct);
            PrintRun(run, $"Trace: {trace}");
            var profile = SampleProfile.Read(trace, buckets);
            output.WriteLine();
            Print(output, profile, run, buckets);
            evidence = Evidence(profile);
        }
        output.WriteLine($"Host CPU per turn: {run.BotCpuPerTurnMs:0.00} ms ({run.BotCpu.TotalSeconds:0.0} s of CPU over {run.Turns} turns, /proc)");
        output.WriteLine($"Host cores busy: {run.BotCores:0.00} of {Environment.ProcessorCount} ({run.BotCores / Environment.ProcessorCount:P0} of the machine); each core, every process: {CoreUsage.Describe(cores)}");
        output.WriteLine($"Alerts the host delivered to the driver's channel so far: {ChannelService.Received:N0}");
        output.WriteLine($"Load average at the end: {Machine.LoadAverage()}");
        output.WriteLine();
        return Verdict.Conclude(output,
        [
            Verdict.ZeroErrors("报事 while profiled", run with { Completed = run.Completed + warmup.Completed, WarmupErrors = run.WarmupErrors + warmup.Errors }),
            new Verdict(evidence.What, evidence.Met, evidence.Measured),
        ]);
    }

    private void PrintRun(RunResult run, string where)
    {
        output.WriteLine($"Profiled {options.Duration.TotalSeconds:0} s of 报事 at {options.Users} users: {run.TurnsPerSecond:0.0} turns/s, p50 / p99 {run.Latency.P50:0.0} / {run.Latency.P99:0.0} ms, {run.Errors} errors (the sampling itself costs the host some CPU)");
        output.WriteLine(where);
    }

    /// <summary>
    /// The on-CPU table (perf): per bucket, its samples, its share of the host's CPU and the CPU per turn that share stands
    /// for (of the host's CPU per turn measured from /proc). "idle" here is CPU too: thread-pool threads spinning for work.
    /// </summary>
    public static void PrintOnCpu(TextWriter output, SampleProfile profile, RunResult run, ProfileBuckets buckets)
    {
        var table = new Table("bucket", "samples", "share of the host's CPU", "CPU ms per turn");
        foreach (var name in buckets.Names.Concat([PerfProfile.Jit, PerfProfile.Runtime, PerfProfile.Kernel]))
        {
            var samples = profile.Samples.GetValueOrDefault(name);
            var share = profile.Total == 0 ? 0 : (double)samples / profile.Total;
            table.Add(name == ProfileBuckets.Idle ? "spinning for work (thread pool)" : name, samples,
                FormattableString.Invariant($"{share:P1}"), FormattableString.Invariant($"{share * run.BotCpuPerTurnMs:0.000}"));
        }
        table.Add("all", profile.Total, "100 %", FormattableString.Invariant($"{run.BotCpuPerTurnMs:0.000}"));
        table.Print(output);
    }

    /// <summary>
    /// The profile table: per bucket, its samples, its share of the busy samples, the CPU per turn that share stands for
    /// (of the host's CPU per turn measured from /proc), and thread time per turn (samples × period / turns: blocking included).
    /// </summary>
    public static void Print(TextWriter output, SampleProfile profile, RunResult run, ProfileBuckets buckets)
    {
        var table = new Table("bucket", "samples", "share of busy", "CPU ms per turn (est.)", "thread ms per turn");
        foreach (var name in buckets.Names.Where(name => name != ProfileBuckets.Idle))
        {
            var samples = profile.Samples.GetValueOrDefault(name);
            var share = profile.Busy == 0 ? 0 : (double)samples / profile.Busy;
            table.Add(name, samples, FormattableString.Invariant($"{share:P1}"), FormattableString.Invariant($"{share * run.BotCpuPerTurnMs:0.000}"),
                FormattableString.Invariant($"{(run.Turns == 0 ? 0 : samples * SamplePeriod.TotalMilliseconds / run.Turns):0.000}"));
        }
        table.Add("all busy", profile.Busy, "100 %", FormattableString.Invariant($"{run.BotCpuPerTurnMs:0.000}"),
            FormattableString.Invariant($"{(run.Turns == 0 ? 0 : profile.Busy * SamplePeriod.TotalMilliseconds / run.Turns):0.000}"));
        table.Add(ProfileBuckets.Idle, profile.Samples.GetValueOrDefault(ProfileBuckets.Idle), "-", "-", "-");
        table.Print(output);
    }

    private static (string What, bool Met, string Measured) Evidence(SampleProfile profile) =>
        ("the profile has samples of the host's turns", profile.Busy > 0, $"{profile.Busy} busy samples of {profile.Total}");

    /// <summary>An EventPipe session on the host with <paramref name="providers"/> while <paramref name="load"/> runs: the trace's file, and what the load gave.</summary>
    private async Task<(string Trace, T Result)> TraceAsync<T>(ChildProcess host, List<EventPipeProvider> providers, Func<Task<T>> load, CancellationToken ct)
    {
        var trace = options.Trace ?? Path.Combine(options.WorkFolder, $"profile-{DateTime.UtcNow:yyyyMMdd-HHmmss}.nettrace");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(trace))!);
        await using var file = File.Create(trace);
        using var session = await new DiagnosticsClient(host.Id).StartEventPipeSessionAsync(providers, requestRundown: true, circularBufferMB: 512, ct);
        var copy = session.EventStream.CopyToAsync(file, ct);
        var result = await load();
        session.Stop();
        await copy;
        return (trace, result);
    }

    /// <summary>
    /// The allocation tables: bytes per turn in all, per bucket, per type and per allocating method of ZoneBot's own (the
    /// innermost frame of ours on the allocation's stack), and the collections the runtime ran meanwhile.
    /// </summary>
    public static void PrintAllocations(TextWriter output, AllocationProfile allocations, RunResult run)
    {
        double PerTurn(long bytes) => run.Turns == 0 ? 0 : bytes / 1024.0 / run.Turns;
        var window = run.Window.TotalMilliseconds;
        output.WriteLine(FormattableString.Invariant(
            $"Allocated: {allocations.Bytes / 1048576.0:0.0} MB over {run.Turns} turns, {PerTurn(allocations.Bytes):0.0} KB per turn ({allocations.Ticks} allocation ticks)"));
        output.WriteLine(FormattableString.Invariant(
            $"Collections: gen0 {allocations.CollectionsByGeneration.GetValueOrDefault(0)}, gen1 {allocations.CollectionsByGeneration.GetValueOrDefault(1)}, gen2 {allocations.CollectionsByGeneration.GetValueOrDefault(2)}; threads paused {allocations.Paused.TotalMilliseconds:0} ms ({(window == 0 ? 0 : allocations.Paused.TotalMilliseconds / window):P1} of the {window / 1000:0.0} s)"));
        void Top(string what, IReadOnlyDictionary<string, long> totals, int count)
        {
            var table = new Table(what, "KB per turn", "share");
            foreach (var (name, bytes) in totals.OrderByDescending(pair => pair.Value).Take(count))
            {
                table.Add(name.Length > 120 ? name[..120] : name, FormattableString.Invariant($"{PerTurn(bytes):0.00}"),
                    FormattableString.Invariant($"{(allocations.Bytes == 0 ? 0 : (double)bytes / allocations.Bytes):P1}"));
            }
            output.WriteLine();
            table.Print(output);
        }
        Top("bucket", allocations.BytesByBucket, int.MaxValue);
        Top("type", allocations.BytesByType, 20);
        Top("allocating method of ZoneBot's own (innermost)", allocations.BytesByOurMethod, 25);
    }

    private static List<EventPipeProvider> Providers() =>
    [
        new("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
        // The method and module events (and the rundown at the end) that give the sampled addresses their names.
        new("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.Default),
    ];

    // The allocation ticks and the collections (GC keyword, verbose), and the method and module events that name the frames.
    private static List<EventPipeProvider> AllocationProviders() =>
    [
        new("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose,
            (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.Loader | ClrTraceEventParser.Keywords.Jit | ClrTraceEventParser.Keywords.NGen)),
    ];
}
