using System.Globalization;

namespace ZoneBot.Benchmarks.Processes;

/// <summary>A process's memory as Linux counts it (/proc/&lt;pid&gt;/status): resident now, and its peak.</summary>
public readonly record struct ProcessMemory(long ResidentBytes, long PeakResidentBytes)
{
    public static ProcessMemory Unknown => new(0, 0);

    public double ResidentMegabytes => ResidentBytes / 1024.0 / 1024.0;

    public double PeakResidentMegabytes => PeakResidentBytes / 1024.0 / 1024.0;

    /// <summary>VmRSS and VmHWM (the high-water mark) of <paramref name="pid"/>; zero where /proc is not there.</summary>
    public static ProcessMemory Of(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return Unknown;
        }
        long rss = 0, hwm = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                hwm = Kilobytes(line);
            }
        }
        return new ProcessMemory(rss * 1024, hwm * 1024);
    }

    // "VmHWM:	  123456 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', '\t').Where(part => part.Length > 0).ElementAt(1), CultureInfo.InvariantCulture);
}
