using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Load;
using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Reporting;

namespace ZoneBot.Benchmarks.Tests.Load;

/// <summary>The load report's verdicts over results made by hand: each phase's errors, empty sets, the database's name.</summary>
public sealed class LoadReportTests
{
    [Fact]
    public void Wrong_replies_in_the_memory_phase_alone_fail_its_verdict()
    {
        var results = Clean() with { MemoryPhase = [Run(completed: 5_000), Run(completed: 4_000, errors: 2)] };

        var failed = Failed(results);

        Assert.Contains("memory phase (every flow mixed): zero errors", failed);
        Assert.DoesNotContain(failed, target => target.StartsWith("every flow mixed", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_replies_in_the_mixed_run_or_in_a_warm_up_fail_their_verdicts()
    {
        var results = Clean() with { Mixed = Run(completed: 300, errors: 1), HostWarmup = Run(completed: 40, warmupErrors: 1) };

        var failed = Failed(results);

        Assert.Contains("every flow mixed, 16 users: zero errors", failed);
        Assert.Contains("ZoneBot warm-up (every flow): zero errors", failed);
    }

    [Fact]
    public void Every_user_level_has_its_own_error_verdict()
    {
        var results = Clean() with { Levels = [Level(1), Level(4, zoneBotErrors: 3), Level(16), Level(64, floorErrors: 1)] };

        var failed = Failed(results);

        Assert.Equal(["echo floor, 64 users: zero errors", "报事, 4 users: zero errors"], failed.Where(target => target.Contains("users: zero errors", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_phase_that_served_no_conversation_as_scripted_fails_even_without_errors()
    {
        var results = Clean() with { Mixed = Run(completed: 0) };

        Assert.Contains("every flow mixed, 16 users: zero errors", Failed(results));
    }

    [Fact]
    public void The_state_verdict_fails_when_there_are_no_rows_to_average()
    {
        var results = Clean() with { State = State(rows: 0, averageBytes: 0) };

        Assert.Contains("SQL state per idle conversation ≤ 2 KB (SQLite)", Failed(results));
    }

    [Fact]
    public void Memory_counts_conversations_served_as_scripted_not_the_state_rows()
    {
        // 12,000 rows in bot_state, but only 8,900 conversations ended as scripted (100 + 300 + 500 + 8,000).
        var results = Clean() with { MemoryPhase = [Run(completed: 8_000)], State = State(rows: 12_000, averageBytes: 1_400) };

        var memory = Assert.Single(new LoadReport(TextWriter.Null, results).Verdicts(), verdict => verdict.Target.StartsWith("host RSS", StringComparison.Ordinal));

        Assert.False(memory.Met);
        Assert.Contains("after 8900 served as scripted", memory.Measured);
    }

    [Fact]
    public void A_PostgreSQL_run_is_labelled_PostgreSQL()
    {
        var verdicts = new LoadReport(TextWriter.Null, Clean() with { Database = "PostgreSQL" }).Verdicts().ToList();

        Assert.Contains(verdicts, verdict => verdict.Target == "cold start to a ready /healthz < 3 s (PostgreSQL, demo data loaded)");
        Assert.DoesNotContain(verdicts, verdict => verdict.Target.Contains("SQLite", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clean_run_meets_every_error_verdict_and_skipped_phases_have_none()
    {
        var results = Clean() with { Options = new LoadOptions { Conversations = 0, ColdStarts = 0 }, MemoryPhase = [] };
        var report = new LoadReport(TextWriter.Null, results);

        Assert.DoesNotContain(Failed(results), target => target.Contains("zero errors", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Verdicts(), verdict => verdict.Target.StartsWith("host RSS", StringComparison.Ordinal) || verdict.Target.StartsWith("cold start", StringComparison.Ordinal));
        Assert.Contains("cold start (--cold-starts 0)", report.NotRun());
    }

    [Fact]
    public void Conclude_names_every_verdict_not_met_and_fails_on_none_measured()
    {
        var output = new StringWriter();

        var exit = Verdict.Conclude(output, [new Verdict("one", true, "1"), new Verdict("two", false, "2")]);

        Assert.Equal(Verdict.NotMetExitCode, exit);
        Assert.Contains("NOT MET: two (2)", output.ToString());
        Assert.DoesNotContain("NOT MET: one", output.ToString());
        Assert.Equal(Verdict.NotMetExitCode, Verdict.Conclude(TextWriter.Null, []));
        Assert.Equal(0, Verdict.Conclude(TextWriter.Null, [new Verdict("one", true, "1")]));
    }

    [Fact]
    public void Issue_15_s_cpu_and_cores_targets_hold_only_for_a_host_lean_and_on_both_cores()
    {
        var lean = Clean() with { Levels = [new LevelResult(16, Run(completed: 300), Run(completed: 300) with { BotCpu = TimeSpan.FromSeconds(1.8) * 1.5 })] };
        var heavy = Clean() with { Levels = [new LevelResult(16, Run(completed: 300), Run(completed: 300) with { BotCpu = TimeSpan.FromSeconds(5.76) })] };

        // 3,600 turns in 20 s: 2.7 s of CPU is 0.75 ms a turn on 0.135 cores; 5.76 s is 1.6 ms on 0.29 cores.
        Assert.Contains("报事 host CPU per turn ≤ 0.6 ms (16 users, SQLite)", Failed(lean));
        Assert.Contains("报事 host uses both cores: > 1.1 cores busy (16 users, SQLite)", Failed(heavy));
        var busy = Clean() with { Levels = [new LevelResult(16, Run(completed: 3_000), Run(completed: 3_000) with { BotCpu = TimeSpan.FromSeconds(24) })] };
        // 36,000 turns, 24 s of CPU: 0.67 ms a turn, 1.2 cores busy: both cores used, not lean enough.
        Assert.DoesNotContain("报事 host uses both cores: > 1.1 cores busy (16 users, SQLite)", Failed(busy));
        Assert.Contains("报事 host CPU per turn ≤ 0.6 ms (16 users, SQLite)", Failed(busy));
        // 42,000 turns, 24 s of CPU: 0.57 ms a turn, 1.2 cores busy: both met.
        var fast = Clean() with { Levels = [new LevelResult(16, Run(completed: 3_500), Run(completed: 3_500) with { BotCpu = TimeSpan.FromSeconds(24) })] };
        Assert.DoesNotContain(Failed(fast), target => target.StartsWith("报事 host", StringComparison.Ordinal));
    }

    [Fact]
    public void The_growth_target_is_named_as_the_growth_verb_s()
    {
        Assert.Contains(new LoadReport(TextWriter.Null, Clean()).NotRun(), line => line.StartsWith("growth flat", StringComparison.Ordinal));
    }

    private static List<string> Failed(LoadResults results) =>
        [.. new LoadReport(TextWriter.Null, results).Verdicts().Where(verdict => !verdict.Met).Select(verdict => verdict.Target)];

    /// <summary>A run with nothing wrong: 1,000 from the warm-up and 16 users, and the memory phase to 10,000 and more.</summary>
    private static LoadResults Clean() => new()
    {
        Database = "SQLite",
        Options = new LoadOptions(),
        FloorWarmup = Run(completed: 100),
        HostWarmup = Run(completed: 100),
        Levels = [Level(16)],
        Mixed = Run(completed: 500),
        MemoryPhase = [Run(completed: 9_500)],
        ColdStarts = [TimeSpan.FromSeconds(0.5)],
        HostMemory = new ProcessMemory(180L << 20, 200L << 20),
        FloorMemory = new ProcessMemory(100L << 20, 110L << 20),
        State = State(rows: 10_400, averageBytes: 1_400),
    };

    private static LevelResult Level(int users, int zoneBotErrors = 0, int floorErrors = 0) =>
        new(users, Run(completed: 300, errors: floorErrors), Run(completed: 300, errors: zoneBotErrors));

    private static RunResult Run(int completed, int errors = 0, int warmupErrors = 0) =>
        new("ZoneBot", "test", 16, TimeSpan.FromSeconds(20), completed * 12, completed, errors, warmupErrors,
            LatencySummary.Empty, new Dictionary<string, LatencySummary>(), new Dictionary<string, LatencySummary>(), [])
        {
            Completed = completed,
        };

    private static StateSize State(long rows, double averageBytes) =>
        new(new StateRows { Rows = rows, AverageBytes = averageBytes, MaxBytes = averageBytes * 4 }, new StateRows(), new StateRows());
}
