using ScottPlot;
using ZoneBot.Benchmarks.Load;

namespace ZoneBot.Benchmarks.Charts;

/// <summary>
/// Turn latency (p50 and p99) against concurrent users, ZoneBot beside the echo floor, and throughput beside
/// it: drawn by the benchmark from the run it just made (ScottPlot, PNG). Both value axes are logarithmic, since
/// ZoneBot and the floor can be orders of magnitude apart. Labels are ASCII: a bare Linux machine has no CJK font.
/// </summary>
public static class LatencyChart
{
    public static void Save(string path, IReadOnlyList<LevelResult> levels, string subtitle)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        Latency(multiplot.GetPlot(0), levels, subtitle);
        Throughput(multiplot.GetPlot(1), levels);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        multiplot.SavePng(path, 1400, 560);
    }

    private static void Latency(Plot plot, IReadOnlyList<LevelResult> levels, string subtitle)
    {
        var xs = Positions(levels);
        Line(plot, xs, [.. levels.Select(level => level.ZoneBot.Latency.P99)], "ZoneBot p99", Colors.FireBrick, LinePattern.Solid);
        Line(plot, xs, [.. levels.Select(level => level.ZoneBot.Latency.P50)], "ZoneBot p50", Colors.FireBrick, LinePattern.Dashed);
        Line(plot, xs, [.. levels.Select(level => level.Floor.Latency.P99)], "echo floor p99", Colors.SteelBlue, LinePattern.Solid);
        Line(plot, xs, [.. levels.Select(level => level.Floor.Latency.P50)], "echo floor p50", Colors.SteelBlue, LinePattern.Dashed);
        UsersAxis(plot, levels, xs);
        LogScale(plot, levels.SelectMany(level => new[] { level.ZoneBot.Latency.P99, level.ZoneBot.Latency.P50, level.Floor.Latency.P99, level.Floor.Latency.P50 }));
        plot.Axes.Left.Label.Text = "turn latency (ms, log scale)";
        plot.Axes.Title.Label.Text = "Turn latency, full ticket filing vs echo floor\n" + subtitle;
        plot.ShowLegend(Alignment.UpperLeft);
    }

    private static void Throughput(Plot plot, IReadOnlyList<LevelResult> levels)
    {
        var xs = Positions(levels);
        Line(plot, xs, [.. levels.Select(level => level.ZoneBot.TurnsPerSecond)], "ZoneBot turns/s", Colors.FireBrick, LinePattern.Solid);
        Line(plot, xs, [.. levels.Select(level => level.Floor.TurnsPerSecond)], "echo floor turns/s", Colors.SteelBlue, LinePattern.Solid);
        UsersAxis(plot, levels, xs);
        LogScale(plot, levels.SelectMany(level => new[] { level.ZoneBot.TurnsPerSecond, level.Floor.TurnsPerSecond }));
        plot.Axes.Left.Label.Text = "turns per second (log scale)";
        plot.Axes.Title.Label.Text = "Throughput, same runs";
        plot.ShowLegend(Alignment.UpperLeft);
    }

    private static void Line(Plot plot, double[] xs, double[] ys, string label, Color color, LinePattern pattern)
    {
        // Plotted as log10; the axis labels say the real values.
        var line = plot.Add.Scatter(xs, [.. ys.Select(y => Math.Log10(Math.Max(y, 0.01)))], color);
        line.LegendText = label;
        line.LinePattern = pattern;
        line.LineWidth = 2;
        line.MarkerSize = 8;
    }

    /// <summary>Ticks at 1, 2, 5 × 10ⁿ over the values plotted (their log10 is what the plot holds).</summary>
    private static void LogScale(Plot plot, IEnumerable<double> values)
    {
        var positive = values.Where(value => value > 0).DefaultIfEmpty(1).ToList();
        var (low, high) = (positive.Min() / 1.5, positive.Max() * 1.5);
        var ticks = Enumerable.Range(-2, 8)
            .SelectMany(power => new[] { 1.0, 2.0, 5.0 }.Select(step => step * Math.Pow(10, power)))
            .Where(tick => tick >= low && tick <= high)
            .ToArray();
        plot.Axes.Left.SetTicks([.. ticks.Select(Math.Log10)], [.. ticks.Select(tick => tick.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimitsY(Math.Log10(low), Math.Log10(high));
    }

    // Users on a log scale: 1, 4, 16, 64 equally spaced.
    private static double[] Positions(IReadOnlyList<LevelResult> levels) => [.. levels.Select(level => Math.Log2(level.Users))];

    private static void UsersAxis(Plot plot, IReadOnlyList<LevelResult> levels, double[] xs)
    {
        plot.Axes.Bottom.SetTicks(xs, [.. levels.Select(level => level.Users.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        plot.Axes.Bottom.Label.Text = "concurrent virtual users";
    }
}
