namespace ZoneBot.Benchmarks.Driving;

/// <summary>What one run measured: counted turns per second over the window, latencies, errors.</summary>
public sealed record RunResult(
    string Target,
    string Workload,
    int Users,
    TimeSpan Window,
    int Turns,
    int Conversations,
    int Errors,
    int WarmupErrors,
    LatencySummary Latency,
    IReadOnlyDictionary<string, LatencySummary> ByScenario,
    IReadOnlyDictionary<string, LatencySummary> ByKey,
    IReadOnlyList<string> ErrorSamples)
{
    public double TurnsPerSecond => Turns / Window.TotalSeconds;

    /// <summary>Conversations that ended as scripted at any time in the run (warm-up included): what the bot served.</summary>
    public int Completed { get; init; }

    /// <summary>Every counted turn, to summarise any group of them.</summary>
    public IReadOnlyList<TurnSample> Samples { get; init; } = [];

    /// <summary>The turns of the given "scenario / key" names, summarised together.</summary>
    public LatencySummary Of(IReadOnlyCollection<string> keys) =>
        LatencySummary.Of(Samples.Where(sample => keys.Contains($"{sample.Scenario} / {sample.Key}")).Select(sample => sample.Ticks));

    /// <summary>CPU time the bot's process used in the measured window (user and system, all threads).</summary>
    public TimeSpan BotCpu { get; init; }

    /// <summary>The bot's CPU per counted turn: what a turn costs, whatever the machine's load.</summary>
    public double BotCpuPerTurnMs => Turns == 0 ? 0 : BotCpu.TotalMilliseconds / Turns;

    /// <summary>How many cores the bot kept busy on average in the window.</summary>
    public double BotCores => BotCpu.TotalSeconds / Window.TotalSeconds;

    public static RunResult Merge(string target, string workload, int users, RunClock clock, IReadOnlyList<TurnRecorder> recorders)
    {
        var samples = recorders.SelectMany(recorder => recorder.Samples).ToList();
        return new RunResult(
            target,
            workload,
            users,
            clock.Duration,
            samples.Count,
            recorders.Sum(recorder => recorder.Conversations),
            recorders.Sum(recorder => recorder.Errors),
            recorders.Sum(recorder => recorder.WarmupErrors),
            LatencySummary.Of(samples.Select(sample => sample.Ticks)),
            samples.GroupBy(sample => sample.Scenario)
                .ToDictionary(group => group.Key, group => LatencySummary.Of(group.Select(sample => sample.Ticks))),
            samples.Where(sample => sample.Key.Length > 0).GroupBy(sample => $"{sample.Scenario} / {sample.Key}")
                .ToDictionary(group => group.Key, group => LatencySummary.Of(group.Select(sample => sample.Ticks))),
            [.. recorders.SelectMany(recorder => recorder.ErrorSamples).Take(5)])
        {
            Samples = samples,
            Completed = recorders.Sum(recorder => recorder.Completed),
        };
    }
}
