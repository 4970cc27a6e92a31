using ZoneBot.Benchmarks.Driving;

namespace ZoneBot.Benchmarks.Reporting;

/// <summary>
/// A target (issue 8) or a check that the figures mean anything (issue 21: every reply right, every search finding
/// its firm), whether this run met it, and the number measured. A verdict over nothing measured is not met.
/// </summary>
public sealed record Verdict(string Target, bool Met, string Measured)
{
    /// <summary>What a benchmark returns when a verdict is not met, so that a script can tell.</summary>
    public const int NotMetExitCode = 3;

    /// <summary>
    /// No wrong reply in <paramref name="run"/>, warm-up included, and at least one conversation that ended as
    /// scripted: a run that served nothing proves nothing.
    /// </summary>
    public static Verdict ZeroErrors(string phase, RunResult run) =>
        new($"{phase}: zero errors", run.Errors == 0 && run.WarmupErrors == 0 && run.Completed > 0,
            $"{run.Errors} errors ({run.WarmupErrors} in its warm-up), {run.Completed} conversations ended as scripted");

    public static void Print(TextWriter output, IEnumerable<Verdict> verdicts)
    {
        var table = new Table("target", "measured", "");
        foreach (var verdict in verdicts)
        {
            table.Add(verdict.Target, verdict.Measured, verdict.Met ? "met" : "**not met**");
        }
        table.Print(output);
    }

    /// <summary>Prints the verdicts, then names those not met; 0 when all are met, else <see cref="NotMetExitCode"/>.</summary>
    public static int Conclude(TextWriter output, IReadOnlyCollection<Verdict> verdicts)
    {
        Print(output, verdicts);
        var failed = verdicts.Where(verdict => !verdict.Met).ToList();
        if (verdicts.Count == 0)
        {
            output.WriteLine("NOT MET: nothing was measured");
            return NotMetExitCode;
        }
        foreach (var verdict in failed)
        {
            output.WriteLine($"NOT MET: {verdict.Target} ({verdict.Measured})");
        }
        return failed.Count == 0 ? 0 : NotMetExitCode;
    }
}
