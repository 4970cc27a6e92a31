using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ZoneBot.Benchmarks.Reporting;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// The micro-benchmarks, through BenchmarkDotNet's own command line (--filter, --job, ...). In process: the
/// Bot Framework and Recognizers DLLs are plain references (Directory.Build.targets), which a generated
/// benchmark project would have to rebuild; and on a 2-core machine a build per benchmark is minutes lost.
/// </summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args, TextWriter output)
    {
        Machine.PrintHeader(output, "micro");
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
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
