using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Reporting;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// The micro-benchmarks, through BenchmarkDotNet's own command line (--filter, --job, ...). In process: the
/// Bot Framework and Recognizers DLLs are plain references (Directory.Build.targets), which a generated
/// benchmark project would have to rebuild; and on a 2-core machine a build per benchmark is minutes lost.
/// Before anything is timed, what is timed is checked (<see cref="MicroChecks"/>): a wrong answer fails the run.
/// </summary>
public static class MicroBenchmarks
{
    /// <param name="search">The firm search checked (FirmIndex; a test passes a broken one).</param>
    /// <param name="configureBot">Registrations after the in-process bot's own, for its check (a test puts a wrong bot in).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, FirmSearchFactory? search = null, Action<IServiceCollection>? configureBot = null)
    {
        Machine.PrintHeader(output, "micro");
        output.WriteLine("Checks before timing: every timed search finds its firm, every timed turn gets its flow's reply");
        List<Verdict> checks = [.. MicroChecks.FirmSearch(search ?? FirmSearches.Index), .. await MicroChecks.DialogTurnsAsync(configureBot)];
        if (checks.Any(check => !check.Met))
        {
            output.WriteLine("Nothing timed: a benchmark that answers wrongly would time the wrong thing.");
            return Verdict.Conclude(output, checks);
        }
        Verdict.Print(output, checks);

        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "zonebot-bench", "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.JoinSummary);
        var arguments = args.Contains("--filter") ? args : [.. args, "--filter", "*"];
        if (args.Contains("--job") || args.Contains("-j"))
        {
            // A job named on the command line replaces ours; it runs in process all the same.
            arguments = [.. arguments, "--inProcess"];
        }
        else
        {
            config = config.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
        }
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(arguments, config);
        output.WriteLine($"Load average at the end: {Machine.LoadAverage()}");
        var failed = summaries.SelectMany(summary => summary.Reports).Where(report => !report.Success).ToList();
        foreach (var report in failed)
        {
            output.WriteLine($"NOT MET: {report.BenchmarkCase.DisplayInfo} did not run to the end (its setup checks its answer)");
        }
        return summaries.Any(summary => summary.HasCriticalValidationErrors) || failed.Count > 0 ? Verdict.NotMetExitCode : 0;
    }
}
