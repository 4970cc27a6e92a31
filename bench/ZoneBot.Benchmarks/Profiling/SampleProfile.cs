using Microsoft.Diagnostics.Tracing.Etlx;

namespace ZoneBot.Benchmarks.Profiling;

/// <summary>
/// The CPU samples of an EventPipe trace (the runtime's sample profiler: every managed thread's stack about once a
/// millisecond, running or blocked), counted per bucket (<see cref="ProfileBuckets"/>).
/// </summary>
public sealed record SampleProfile(IReadOnlyDictionary<string, long> Samples)
{
    private const string SampleProvider = "Microsoft-DotNETCore-SampleProfiler";

    public long Total => Samples.Values.Sum();

    /// <summary>Samples of threads doing something (not waiting for work).</summary>
    public long Busy => Total - Samples.GetValueOrDefault(ProfileBuckets.Idle);

    public static SampleProfile Read(string nettrace, ProfileBuckets buckets)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(nettrace));
        foreach (var sample in log.Events)
        {
            if (sample.ProviderName != SampleProvider)
            {
                continue;
            }
            var frames = new List<StackFrame>();
            for (var stack = sample.CallStack(); stack is not null; stack = stack.Caller)
            {
                frames.Add(new StackFrame(stack.CodeAddress.FullMethodName ?? string.Empty, stack.CodeAddress.ModuleName ?? string.Empty));
            }
            if (frames.Count == 0)
            {
                continue;
            }
            var bucket = buckets.Classify(frames);
            counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
        }
        return new SampleProfile(counts);
    }
}
