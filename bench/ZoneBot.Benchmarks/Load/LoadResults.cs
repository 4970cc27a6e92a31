using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Processes;

namespace ZoneBot.Benchmarks.Load;

/// <summary>Everything one load run measured, phase by phase, for <see cref="LoadReport"/>.</summary>
public sealed record LoadResults
{
    /// <summary>The database the host ran on (SQLite or PostgreSQL), for the labels.</summary>
    public required string Database { get; init; }

    public required LoadOptions Options { get; init; }

    public required RunResult FloorWarmup { get; init; }

    public required RunResult HostWarmup { get; init; }

    public required IReadOnlyList<LevelResult> Levels { get; init; }

    public required RunResult Mixed { get; init; }

    /// <summary>The memory phase's runs; none when it was not asked for (--conversations 0).</summary>
    public required IReadOnlyList<RunResult> MemoryPhase { get; init; }

    public required IReadOnlyList<TimeSpan> ColdStarts { get; init; }

    public required ProcessMemory HostMemory { get; init; }

    public required ProcessMemory FloorMemory { get; init; }

    public required StateSize State { get; init; }

    /// <summary>The host's runs, warm-up first.</summary>
    public IEnumerable<RunResult> HostRuns => [HostWarmup, .. Levels.Select(level => level.ZoneBot), Mixed, .. MemoryPhase];

    /// <summary>Conversations the host served that ended as scripted, in every phase (not the bot_state rows: those include conversations that ended on a wrong reply or were cut off).</summary>
    public long Served => HostRuns.Sum(run => (long)run.Completed);

    public TimeSpan ColdStart => ColdStarts.Count == 0 ? TimeSpan.Zero : ColdStarts.Order().ElementAt(ColdStarts.Count / 2);
}
