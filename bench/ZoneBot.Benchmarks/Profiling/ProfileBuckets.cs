using System.Text.Json;

namespace ZoneBot.Benchmarks.Profiling;

/// <summary>
/// The grouping of a profile's samples into the buckets of issue 15 (parse, middleware, state read, dialog,
/// recognizers, SQL, JSON, reply, ...): the rules are data (Profiling/buckets.json), applied here. A stack, leaf first,
/// goes to the innermost frame that a bucket names; a stack no bucket names is <see cref="Idle"/> when one of its frames
/// is an idle wait, else <see cref="Other"/>.
/// </summary>
public sealed class ProfileBuckets
{
    public const string Idle = "idle (threads waiting for work)";

    public const string Other = "other (runtime, thread pool, async machinery)";

    private readonly IReadOnlyList<Bucket> _buckets;
    private readonly string[] _idle;

    public ProfileBuckets(IReadOnlyList<Bucket> buckets, string[] idle)
    {
        _buckets = buckets;
        _idle = idle;
    }

    /// <summary>The buckets' names in the order of the rules, then other and idle.</summary>
    public IEnumerable<string> Names => [.. _buckets.Select(bucket => bucket.Name), Other, Idle];

    /// <summary>The rules of Profiling/buckets.json.</summary>
    public static ProfileBuckets Load()
    {
        using var stream = typeof(ProfileBuckets).Assembly.GetManifestResourceStream("ZoneBot.Benchmarks.Profiling.buckets.json")
            ?? throw new InvalidOperationException("Profiling/buckets.json is not embedded.");
        using var json = JsonDocument.Parse(stream);
        var buckets = json.RootElement.GetProperty("buckets").EnumerateArray()
            .Select(bucket => new Bucket(
                bucket.GetProperty("name").GetString()!,
                [.. bucket.GetProperty("frames").EnumerateArray().Select(frame => frame.GetString()!)],
                bucket.TryGetProperty("waitsCount", out var waits) && waits.GetBoolean()))
            .ToList();
        var idle = json.RootElement.GetProperty("idle").EnumerateArray().Select(frame => frame.GetString()!).ToArray();
        return new ProfileBuckets(buckets, idle);
    }

    /// <summary>The bucket of a stack given leaf first, each frame as <see cref="StackFrame"/>.</summary>
    public string Classify(IReadOnlyList<StackFrame> leafFirst)
    {
        var waiting = false;
        foreach (var frame in leafFirst)
        {
            if (_buckets.FirstOrDefault(bucket => bucket.Frames.Any(rule => Matches(rule, frame))) is { } bucket)
            {
                return waiting && !bucket.WaitsCount ? Idle : bucket.Name;
            }
            waiting |= _idle.Any(rule => Matches(rule, frame));
        }
        return waiting ? Idle : Other;
    }

    private static bool Matches(string rule, StackFrame frame) =>
        rule.StartsWith("module:", StringComparison.Ordinal)
            ? frame.Method.Length == 0 && string.Equals(frame.Module, rule["module:".Length..], StringComparison.OrdinalIgnoreCase)
            : frame.Method.StartsWith(rule, StringComparison.Ordinal);
}

/// <summary>A bucket: its name, the frames that name it, and whether a thread blocked inside it still counts as its time.</summary>
public sealed record Bucket(string Name, string[] Frames, bool WaitsCount);

/// <summary>A frame of a sampled stack: its method's full name (namespace, type, method), empty when unresolved, and its module.</summary>
public readonly record struct StackFrame(string Method, string Module);
