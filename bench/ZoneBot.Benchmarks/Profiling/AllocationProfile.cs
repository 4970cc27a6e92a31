using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace ZoneBot.Benchmarks.Profiling;

/// <summary>
/// What the host allocated while it was traced, from the runtime's allocation ticks (one event about every 100 KB
/// allocated, with the stack of the allocation that crossed the mark and the bytes since the last tick): the bytes
/// per bucket (<see cref="ProfileBuckets"/>), per type, and per allocating method of ZoneBot's own; and the
/// collections the runtime ran, by generation, with their pauses.
/// </summary>
public sealed record AllocationProfile(
    long Bytes,
    long Ticks,
    IReadOnlyDictionary<string, long> BytesByBucket,
    IReadOnlyDictionary<string, long> BytesByType,
    IReadOnlyDictionary<string, long> BytesByOurMethod,
    IReadOnlyDictionary<int, int> CollectionsByGeneration,
    TimeSpan Paused)
{
    private const string OursPrefix = "ZoneBot.";

    public static AllocationProfile Read(string nettrace, ProfileBuckets buckets)
    {
        var byBucket = new Dictionary<string, long>(StringComparer.Ordinal);
        var byType = new Dictionary<string, long>(StringComparer.Ordinal);
        var byOurMethod = new Dictionary<string, long>(StringComparer.Ordinal);
        var collections = new Dictionary<int, int>();
        var paused = TimeSpan.Zero;
        double? suspendedAt = null;
        long bytes = 0;
        long ticks = 0;
        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(nettrace));
        foreach (var data in log.Events)
        {
            switch (data)
            {
                case GCAllocationTickTraceData tick:
                    var frames = new List<StackFrame>();
                    for (var stack = tick.CallStack(); stack is not null; stack = stack.Caller)
                    {
                        frames.Add(new StackFrame(stack.CodeAddress.FullMethodName ?? string.Empty, stack.CodeAddress.ModuleName ?? string.Empty));
                    }
                    var amount = tick.AllocationAmount64;
                    bytes += amount;
                    ticks++;
                    Add(byBucket, frames.Count == 0 ? ProfileBuckets.Other : buckets.Classify(frames), amount);
                    Add(byType, tick.TypeName ?? "?", amount);
                    Add(byOurMethod, frames.FirstOrDefault(frame => frame.Method.StartsWith(OursPrefix, StringComparison.Ordinal)).Method ?? "(no ZoneBot frame)", amount);
                    break;
                case GCStartTraceData start:
                    collections[start.Depth] = collections.GetValueOrDefault(start.Depth) + 1;
                    break;
                case GCSuspendEETraceData suspend:
                    suspendedAt = suspend.TimeStampRelativeMSec;
                    break;
                case GCNoUserDataTraceData { EventName: "GC/RestartEEStop" } restarted when suspendedAt is { } from:
                    paused += TimeSpan.FromMilliseconds(restarted.TimeStampRelativeMSec - from);
                    suspendedAt = null;
                    break;
            }
        }
        return new AllocationProfile(bytes, ticks, byBucket, byType, byOurMethod, collections, paused);
    }

    private static void Add(Dictionary<string, long> totals, string key, long amount) =>
        totals[key] = totals.GetValueOrDefault(key) + amount;
}
