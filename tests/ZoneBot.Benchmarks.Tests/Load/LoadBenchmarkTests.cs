using ZoneBot.Benchmarks.Load;
using ZoneBot.Benchmarks.Reporting;
using ZoneBot.Benchmarks.Tests.Support;

namespace ZoneBot.Benchmarks.Tests.Load;

/// <summary>`load` end to end, in short runs against bots of this process that answer wrongly on purpose.</summary>
public sealed class LoadBenchmarkTests : IDisposable
{
    private readonly WorkFolder _work = new();

    public void Dispose() => _work.Dispose();

    private LoadOptions Short(int seconds) => new()
    {
        Users = [2],
        Warmup = TimeSpan.Zero,
        Duration = TimeSpan.FromSeconds(seconds),
        HostWarmup = TimeSpan.FromSeconds(2),
        MemoryPhaseRun = TimeSpan.FromSeconds(seconds),
        // More than a short run serves: the memory phase runs, and stops at its first wrong reply.
        Conversations = 1_000_000,
        ColdStarts = 1,
        WorkFolder = _work.Path,
        Chart = null,
    };

    [Fact]
    public async Task A_bot_that_answers_wrongly_fails_the_run_and_every_phase_is_named()
    {
        var output = new StringWriter();

        var exit = await new LoadBenchmark(Short(seconds: 2), output, new TestLauncher(_ => TestBots.EchoAsync())).RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(Verdict.NotMetExitCode, exit);
        Assert.Contains("NOT MET: ZoneBot warm-up (every flow): zero errors", text);
        Assert.Contains("NOT MET: 报事, 2 users: zero errors", text);
        Assert.Contains("NOT MET: every flow mixed, 16 users: zero errors", text);
        Assert.Contains("NOT MET: memory phase (every flow mixed): zero errors", text);
        // The floor is the echo bot indeed: its own verdicts hold, so the failures are ZoneBot's.
        Assert.DoesNotContain("NOT MET: echo floor", text);
        Assert.Contains("Memory phase stopped", text);
    }

    [Fact]
    public async Task A_bot_wrong_in_one_flow_only_passes_the_filing_levels_and_fails_the_mixed_run_and_the_memory_phase()
    {
        var output = new StringWriter();

        var exit = await new LoadBenchmark(Short(seconds: 3), output, new TestLauncher(TestBots.RefusesSignUpsAsync)).RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.True(Verdict.NotMetExitCode == exit, text);
        Assert.Contains("NOT MET: every flow mixed, 16 users: zero errors", text);
        Assert.Contains("NOT MET: memory phase (every flow mixed): zero errors", text);
        Assert.Contains("NOT MET: ZoneBot warm-up (every flow): zero errors", text);
        Assert.Contains("志愿者报名: “志愿者报名” expected the text volunteer.consent", text);
        // The whole report on failure: which 报事 turn went wrong is in it, and Assert.Contains cuts it short.
        Assert.True(text.Contains("| 报事, 2 users: zero errors | 0 errors (0 in its warm-up)"), text);
        Assert.DoesNotContain("error (ZoneBot, 2 users)", text);
    }
}
