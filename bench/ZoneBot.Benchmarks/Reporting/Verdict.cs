namespace ZoneBot.Benchmarks.Reporting;

/// <summary>A target of issue 8 and whether this run met it, with the number measured.</summary>
public sealed record Verdict(string Target, bool Met, string Measured)
{
    public static void Print(TextWriter output, IEnumerable<Verdict> verdicts)
    {
        var table = new Table("target", "measured", "");
        foreach (var verdict in verdicts)
        {
            table.Add(verdict.Target, verdict.Measured, verdict.Met ? "met" : "**not met**");
        }
        table.Print(output);
    }
}
