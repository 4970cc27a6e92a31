namespace ZoneBot.Benchmarks.Processes;

/// <summary>
/// A bot the driver talks to over HTTP (<c>POST /api/messages</c>): ZoneBot's host or the echo floor as a child
/// process, or, in the benchmark's own tests, a bot in the test's process that answers wrongly on purpose.
/// </summary>
public interface IBotTarget : IAsyncDisposable
{
    string Name { get; }

    Uri BaseAddress { get; }

    /// <summary>From the start to the first 200 from /healthz.</summary>
    TimeSpan ColdStart { get; }

    ProcessMemory Memory { get; }

    /// <summary>CPU time the bot has used so far.</summary>
    TimeSpan CpuTime();
}
