using System.Globalization;

namespace ZoneBot.Benchmarks.Reporting;

/// <summary>
/// How busy each core of the machine was between two readings of /proc/stat (every process, the driver included):
/// with the host's own CPU time beside it, whether the host could have used both cores, and whether it did.
/// </summary>
public sealed class CoreUsage
{
    private readonly IReadOnlyList<(long Busy, long Total)> _start;

    private CoreUsage(IReadOnlyList<(long Busy, long Total)> start) => _start = start;

    public static CoreUsage StartNow() => new(Read());

    /// <summary>Each core's busy share since the start (0 to 1); empty where /proc/stat is not there.</summary>
    public IReadOnlyList<double> Busy()
    {
        var now = Read();
        return [.. now.Zip(_start, (end, start) => end.Total == start.Total ? 0 : (double)(end.Busy - start.Busy) / (end.Total - start.Total))];
    }

    public static string Describe(IReadOnlyList<double> busy) =>
        busy.Count == 0 ? "unknown" : string.Join(", ", busy.Select((share, core) => string.Create(CultureInfo.InvariantCulture, $"cpu{core} {share:P0}")));

    // "cpu0 user nice system idle iowait irq softirq steal ...": idle and iowait are not busy.
    private static List<(long Busy, long Total)> Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return [];
        }
        return [.. File.ReadLines("/proc/stat")
            .Where(line => line.StartsWith("cpu", StringComparison.Ordinal) && line.Length > 3 && char.IsDigit(line[3]))
            .Select(line =>
            {
                var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(value => long.Parse(value, CultureInfo.InvariantCulture)).ToArray();
                var total = ticks.Sum();
                var idle = ticks[3] + (ticks.Length > 4 ? ticks[4] : 0);
                return (total - idle, total);
            })];
    }
}
