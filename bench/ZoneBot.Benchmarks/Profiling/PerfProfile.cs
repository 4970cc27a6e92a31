using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ZoneBot.Benchmarks.Profiling;

/// <summary>
/// The host's on-CPU samples from Linux <c>perf</c> (<c>profile --perf</c>): unlike the runtime's sample profiler, which
/// samples every managed thread running or blocked, perf samples only what runs, native code included (SQLite, the
/// kernel), so a bucket's share is a share of the host's CPU. The host runs with <c>DOTNET_PerfMapEnabled=1</c>, which
/// names its compiled methods for perf, and <c>DOTNET_EnableWriteXorExecute=0</c>, so that perf finds them. Needs Debian's linux-perf and the right to trace the host (root here).
/// </summary>
public static partial class PerfProfile
{
    /// <summary>Samples a second, per CPU: enough for a 15 s window, light on the host.</summary>
    private const int Frequency = 999;

    /// <summary>Whether perf can be run here.</summary>
    public static bool Available()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("perf", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            probe?.WaitForExit(5_000);
            return probe is { ExitCode: 0 };
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Starts perf on process <paramref name="pid"/> for <paramref name="duration"/>; the task ends when perf has written <paramref name="dataFile"/>.</summary>
    public static Task RecordAsync(int pid, TimeSpan duration, string dataFile, CancellationToken ct) =>
        RunAsync($"record -g -F {Frequency} -p {pid} -o \"{dataFile}\" -- sleep {duration.TotalSeconds:0}", output: null, ct);

    /// <summary>The samples of <paramref name="dataFile"/> counted per bucket (every sample is CPU time: none is idle by being blocked).</summary>
    public static async Task<SampleProfile> ReadAsync(string dataFile, ProfileBuckets buckets, CancellationToken ct)
    {
        var script = new List<string>();
        await RunAsync($"script -i \"{dataFile}\" -F ip,sym,dso", script, ct);
        return Count(script, buckets);
    }

    /// <summary>Counts the samples of <c>perf script -F ip,sym,dso</c> output: a sample is its frames, leaf first, then an empty line.</summary>
    public static SampleProfile Count(IEnumerable<string> script, ProfileBuckets buckets)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var frames = new List<StackFrame>();
        foreach (var line in script.Append(string.Empty))
        {
            if (line.Trim().Length > 0)
            {
                frames.Add(Frame(line));
                continue;
            }
            if (frames.Count > 0)
            {
                var bucket = buckets.Classify(frames) is var named && named == ProfileBuckets.Other ? OtherOf(frames) : named;
                counts[bucket] = counts.GetValueOrDefault(bucket) + 1;
                frames.Clear();
            }
        }
        return new SampleProfile(counts);
    }

    /// <summary>What no bucket names, told apart by the native code it ran: the JIT, the runtime (GC and its helpers), or the kernel alone.</summary>
    private static string OtherOf(List<StackFrame> frames) =>
        frames.Any(frame => frame.Module == "libclrjit.so") ? Jit
            : frames.Any(frame => frame.Module == "libcoreclr.so") ? Runtime
            : frames.All(frame => frame.Module == "[kernel.kallsyms]") ? Kernel
            : ProfileBuckets.Other;

    public const string Jit = "JIT (compiling, tiering up)";

    public const string Runtime = "runtime (GC, allocation, type checks)";

    public const string Kernel = "kernel alone (network, scheduling)";

    /// <summary>
    /// One frame: a compiled .NET method as perf names it from the perf map (<c>instance void [ZoneBot.Dialogs]
    /// ZoneBot.Dialogs.X+&lt;Y&gt;d__4::MoveNext()[OptimizedTier1]</c>) becomes <c>ZoneBot.Dialogs.X+&lt;Y&gt;d__4.MoveNext</c> in its
    /// module, as the trace names it; a native frame keeps no method and is known by its file (<c>libe_sqlite3.so</c>).
    /// </summary>
    public static StackFrame Frame(string line)
    {
        var managed = ManagedFrame().Match(line);
        if (managed.Success)
        {
            return new StackFrame(managed.Groups["method"].Value.Replace("::", ".", StringComparison.Ordinal), managed.Groups["module"].Value);
        }
        var file = NativeFile().Match(line);
        return new StackFrame(string.Empty, file.Success ? Path.GetFileName(file.Groups["file"].Value) : string.Empty);
    }

    private static async Task RunAsync(string arguments, List<string>? output, CancellationToken ct)
    {
        var start = new ProcessStartInfo("perf", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var perf = Process.Start(start) ?? throw new InvalidOperationException("perf did not start.");
        var errors = perf.StandardError.ReadToEndAsync(ct);
        string? line;
        while ((line = await perf.StandardOutput.ReadLineAsync(ct)) is not null)
        {
            output?.Add(line);
        }
        await perf.WaitForExitAsync(ct);
        if (perf.ExitCode != 0)
        {
            throw new InvalidOperationException($"perf {arguments.Split(' ')[0]} failed ({perf.ExitCode}): {await errors}");
        }
    }

    [GeneratedRegex(@"\[(?<module>[A-Za-z0-9_.]+)\] (?<method>[^\s(\[]+)\(")]
    private static partial Regex ManagedFrame();

    [GeneratedRegex(@"\((?<file>[^()]+)\)\s*$")]
    private static partial Regex NativeFile();
}
