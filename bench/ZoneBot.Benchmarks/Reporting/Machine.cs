using System.Globalization;
using System.Runtime.InteropServices;

namespace ZoneBot.Benchmarks.Reporting;

/// <summary>The machine a result was measured on, and how busy it was: the figures mean nothing without it.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadFirst("/proc/meminfo", "MemTotal") is { } total
            ? $"{double.Parse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture) / 1024 / 1024:0.0} GiB"
            : "unknown";
        return $"{Environment.ProcessorCount} cores ({cpu}), {memory} memory, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The 1, 5 and 15 minute load averages, as uptime prints them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static void PrintHeader(TextWriter output, string what)
    {
        output.WriteLine($"ZoneBot benchmarks: {what}");
        output.WriteLine($"Machine: {Describe()}");
        output.WriteLine($"Load average at start: {LoadAverage()}   ({DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz})");
        output.WriteLine();
    }

    private static string? ReadFirst(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        return File.ReadLines(path)
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
