using System.CommandLine;
using System.Globalization;
using ZoneBot.Benchmarks.Floor;
using ZoneBot.Benchmarks.Load;

namespace ZoneBot.Benchmarks.Cli;

/// <summary>The verbs: load, micro, growth, profile, crash, and floor (the echo bot that load starts).</summary>
public static class BenchmarkCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("ZoneBot's benchmarks (docs/benchmarks.md). Run in Release: dotnet run -c Release --project bench/ZoneBot.Benchmarks -- <verb>");
        root.Subcommands.Add(LoadCommand());
        root.Subcommands.Add(MicroCommand());
        root.Subcommands.Add(GrowthCommand());
        root.Subcommands.Add(ProfileCommand());
        root.Subcommands.Add(CrashCommand());
        root.Subcommands.Add(FloorCommand());
        return root;
    }

    private static Command LoadCommand()
    {
        var defaults = new LoadOptions();
        var users = new Option<string>("--users") { Description = "Concurrency levels, comma-separated; the targets are read at 16.", DefaultValueFactory = _ => "1,4,16,64" };
        var warmup = new Option<int>("--warmup") { Description = "Seconds of warm-up per run, not counted.", DefaultValueFactory = _ => (int)defaults.Warmup.TotalSeconds };
        var duration = new Option<int>("--duration") { Description = "Seconds measured per run.", DefaultValueFactory = _ => (int)defaults.Duration.TotalSeconds };
        var conversations = new Option<int>("--conversations") { Description = "Conversations the host serves before its memory is read (0: after the levels).", DefaultValueFactory = _ => defaults.Conversations };
        var coldStarts = new Option<int>("--cold-starts") { Description = "How many times the host is started to time its cold start.", DefaultValueFactory = _ => defaults.ColdStarts };
        var work = new Option<string>("--work") { Description = "Folder for the SQLite database.", DefaultValueFactory = _ => defaults.WorkFolder };
        var chart = new Option<string>("--chart") { Description = "Where to draw the latency chart (PNG); empty for none.", DefaultValueFactory = _ => defaults.Chart! };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string: run on a new database on that server instead of SQLite." };

        var command = new Command("load", "ZoneBot's host and the echo floor under C concurrent virtual users, side by side.")
        {
            users, warmup, duration, conversations, coldStarts, work, chart, postgres,
        };
        command.SetAction((parse, ct) => new LoadBenchmark(new LoadOptions
        {
            Users = Levels(parse.GetValue(users)!),
            Warmup = TimeSpan.FromSeconds(parse.GetValue(warmup)),
            Duration = TimeSpan.FromSeconds(parse.GetValue(duration)),
            Conversations = parse.GetValue(conversations),
            ColdStarts = parse.GetValue(coldStarts),
            WorkFolder = parse.GetValue(work)!,
            Chart = string.IsNullOrWhiteSpace(parse.GetValue(chart)) ? null : parse.GetValue(chart),
            Postgres = parse.GetValue(postgres),
        }, parse.InvocationConfiguration.Output).RunAsync(ct));
        return command;
    }

    private static Command MicroCommand()
    {
        // Everything after the verb goes to BenchmarkDotNet: --filter *FirmSearch*, --job short, --list flat.
        var command = new Command("micro", "BenchmarkDotNet: firm search (743 and 100,000 firms), recognizers, one dialog turn, SqlStorage; each checked first.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, _) => Micro.MicroBenchmarks.RunAsync([.. parse.UnmatchedTokens], parse.InvocationConfiguration.Output));
        return command;
    }

    private static Command GrowthCommand()
    {
        var defaults = new Growth.GrowthOptions();
        var tickets = new Option<int>("--tickets") { Description = "The large database's tickets (compared with 1,000).", DefaultValueFactory = _ => defaults.LargeTickets };
        var firms = new Option<int>("--firms") { Description = "The large roster's firms (compared with the demo's 743).", DefaultValueFactory = _ => defaults.CityFirms };
        var users = new Option<int>("--users") { Description = "Virtual users per ticket run.", DefaultValueFactory = _ => defaults.Users };
        var warmup = new Option<int>("--warmup") { Description = "Seconds of warm-up per run, not counted.", DefaultValueFactory = _ => (int)defaults.Warmup.TotalSeconds };
        var duration = new Option<int>("--duration") { Description = "Seconds measured per run.", DefaultValueFactory = _ => (int)defaults.Duration.TotalSeconds };
        var work = new Option<string>("--work") { Description = "Folder for the SQLite databases.", DefaultValueFactory = _ => defaults.WorkFolder };
        var command = new Command("growth", "Turn latency of 查询工单 and filing over 1,000 vs 1,000,000 tickets; firm search over 743 vs 100,000 firms.")
        {
            tickets, firms, users, warmup, duration, work,
        };
        command.SetAction((parse, ct) => new Growth.GrowthBenchmark(defaults with
        {
            LargeTickets = parse.GetValue(tickets),
            CityFirms = parse.GetValue(firms),
            Users = parse.GetValue(users),
            Warmup = TimeSpan.FromSeconds(parse.GetValue(warmup)),
            Duration = TimeSpan.FromSeconds(parse.GetValue(duration)),
            WorkFolder = parse.GetValue(work)!,
        }, parse.InvocationConfiguration.Output).RunAsync(ct));
        return command;
    }

    private static Command ProfileCommand()
    {
        var defaults = new Profiling.ProfileOptions();
        var users = new Option<int>("--users") { Description = "Virtual users filing tickets while the samples are taken.", DefaultValueFactory = _ => defaults.Users };
        var warmup = new Option<int>("--warmup") { Description = "Seconds of every flow before the profile, not profiled.", DefaultValueFactory = _ => (int)defaults.Warmup.TotalSeconds };
        var duration = new Option<int>("--duration") { Description = "Seconds profiled under load.", DefaultValueFactory = _ => (int)defaults.Duration.TotalSeconds };
        var work = new Option<string>("--work") { Description = "Folder for the SQLite database and the trace.", DefaultValueFactory = _ => defaults.WorkFolder };
        var trace = new Option<string?>("--trace") { Description = "Where to keep the .nettrace (speedscope, PerfView); default: in --work." };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string: profile on a new database on that server instead of SQLite." };
        var perf = new Option<bool>("--perf") { Description = "On-CPU samples from Linux perf (native code included) instead of EventPipe's samples of every thread." };
        var allocations = new Option<bool>("--allocations") { Description = "What the host allocates per turn, by bucket, type and method (EventPipe's allocation ticks), instead of CPU samples." };
        var command = new Command("profile", "A CPU profile (EventPipe, or perf) of the host under 报事 load, grouped by where a turn's time goes.")
        {
            users, warmup, duration, work, trace, postgres, perf, allocations,
        };
        command.SetAction((parse, ct) => new Profiling.ProfileBenchmark(defaults with
        {
            Users = parse.GetValue(users),
            Warmup = TimeSpan.FromSeconds(parse.GetValue(warmup)),
            Duration = TimeSpan.FromSeconds(parse.GetValue(duration)),
            WorkFolder = parse.GetValue(work)!,
            Trace = parse.GetValue(trace),
            Postgres = parse.GetValue(postgres),
            Perf = parse.GetValue(perf),
            Allocations = parse.GetValue(allocations),
        }, parse.InvocationConfiguration.Output).RunAsync(ct));
        return command;
    }

    private static Command CrashCommand()
    {
        var defaults = new Crash.CrashOptions();
        var users = new Option<int>("--users") { Description = "Virtual users filing tickets when the host is killed.", DefaultValueFactory = _ => defaults.Users };
        var after = new Option<int>("--kill-after") { Description = "Kill -9 the host once this many ticket numbers reached users (then within a second).", DefaultValueFactory = _ => defaults.KillAfterTickets };
        var work = new Option<string>("--work") { Description = "Folder for the SQLite database.", DefaultValueFactory = _ => defaults.WorkFolder };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string: a new database on that server instead of SQLite." };
        var settings = new Option<string[]>("--host-setting") { Description = "A host setting Key=Value (repeatable), e.g. the SQLite synchronous mode where the host has one.", AllowMultipleArgumentsPerToken = false };
        var command = new Command("crash", "kill -9 of the host during 报事 load; after a restart every ticket number sent is in the database, nothing half-written.")
        {
            users, after, work, postgres, settings,
        };
        command.SetAction((parse, ct) => new Crash.CrashBenchmark(defaults with
        {
            Users = parse.GetValue(users),
            KillAfterTickets = parse.GetValue(after),
            WorkFolder = parse.GetValue(work)!,
            Postgres = parse.GetValue(postgres),
            HostSettings = parse.GetValue(settings) ?? [],
        }, parse.InvocationConfiguration.Output).RunAsync(ct));
        return command;
    }

    private static Command FloorCommand()
    {
        // Settings (--urls=..., --Logging:...) go on to the host's configuration.
        var command = new Command("floor", "Run the bare CloudAdapter echo bot (the load benchmark starts it as a child process).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, ct) => FloorHost.RunAsync([.. parse.UnmatchedTokens], ct));
        return command;
    }

    private static int[] Levels(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(level => int.Parse(level, CultureInfo.InvariantCulture))];
}
