using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Growth;
using ZoneBot.Benchmarks.Reporting;
using ZoneBot.Benchmarks.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Tests.Growth;

/// <summary>`growth` end to end on small data (2,000 firms, 10 and 20 tickets), against a broken search and a wrong bot.</summary>
public sealed class GrowthBenchmarkTests : IDisposable
{
    private readonly WorkFolder _work = new();

    public void Dispose() => _work.Dispose();

    private GrowthOptions Small => new()
    {
        SmallTickets = 10,
        LargeTickets = 20,
        CityFirms = 2_000,
        SearchPasses = 1,
        Users = 1,
        Warmup = TimeSpan.Zero,
        Duration = TimeSpan.FromSeconds(2),
        HostWarmup = TimeSpan.FromSeconds(1),
        WorkFolder = _work.Path,
    };

    [Fact]
    public async Task A_search_that_finds_nothing_fails_every_recall_verdict_however_fast_it_is()
    {
        var output = new StringWriter();
        FirmSearchFactory findsNothing = _ => _ => FirmSearchResult.None;

        var exit = await new GrowthBenchmark(Small, output, new TestLauncher(TestBots.ZoneBotAsync), findsNothing).RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(Verdict.NotMetExitCode, exit);
        foreach (var kind in FirmQuery.Kinds)
        {
            Assert.Contains($"NOT MET: firm search by {kind} finds the firm", text);
        }
        Assert.Contains("| full name | ", text);
        Assert.Contains("(0/743)", text);
    }

    [Fact]
    public async Task A_bot_that_answers_wrongly_fails_both_ticket_runs()
    {
        var output = new StringWriter();

        var exit = await new GrowthBenchmark(Small, output, new TestLauncher(_ => TestBots.EchoAsync())).RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(Verdict.NotMetExitCode, exit);
        Assert.Contains("NOT MET: 报事 and 查询工单 over 10 tickets: zero errors", text);
        Assert.Contains("NOT MET: 报事 and 查询工单 over 20 tickets: zero errors", text);
        // FirmIndex itself finds every firm by name and code: the search verdicts stand.
        Assert.DoesNotContain("NOT MET: firm search by full name", text);
        Assert.DoesNotContain("NOT MET: firm search by credit code", text);
    }
}
