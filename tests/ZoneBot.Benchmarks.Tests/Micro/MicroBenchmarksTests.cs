using Microsoft.Bot.Builder;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Floor;
using ZoneBot.Benchmarks.Micro;
using ZoneBot.Benchmarks.Reporting;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Tests.Micro;

/// <summary>`micro` checks what it times before it times anything.</summary>
public sealed class MicroBenchmarksTests
{
    [Fact]
    public async Task A_search_that_finds_nothing_fails_the_run_before_anything_is_timed()
    {
        var output = new StringWriter();
        FirmSearchFactory findsNothing = _ => _ => FirmSearchResult.None;

        var exit = await MicroBenchmarks.RunAsync(["--filter", "*FirmSearch*"], output, findsNothing);

        var text = output.ToString();
        Assert.Equal(Verdict.NotMetExitCode, exit);
        Assert.Contains($"NOT MET: firm search by full name (“{FirmSearchBenchmarks.Firm}”) finds {FirmSearchBenchmarks.Firm} (100,000 firms) (nothing found)", text);
        Assert.Contains("Nothing timed", text);
    }

    [Fact]
    public async Task A_bot_that_answers_wrongly_fails_the_run_before_anything_is_timed()
    {
        var output = new StringWriter();

        var exit = await MicroBenchmarks.RunAsync(["--filter", "*DialogTurn*"], output, configureBot: services => services.AddSingleton<IBot, EchoBot>());

        var text = output.ToString();
        Assert.Equal(Verdict.NotMetExitCode, exit);
        Assert.Contains($"NOT MET: dialog turn {DialogTurnBenchmarks.Liaison.Name} answers the text liaison.details", text);
        Assert.Contains($"NOT MET: dialog turn {DialogTurnBenchmarks.FilingStart.Name} answers the text fileIssue.category", text);
        Assert.Contains("Echo: 报事", text);
        Assert.DoesNotContain("NOT MET: firm search", text);
    }

    [Fact]
    public async Task The_real_search_and_dialog_turns_pass_the_checks()
    {
        List<Verdict> checks = [.. MicroChecks.FirmSearch(FirmSearches.Index), .. await MicroChecks.DialogTurnsAsync()];

        Assert.All(checks, check => Assert.True(check.Met, $"{check.Target}: {check.Measured}"));
        Assert.Equal(2 * 4 + DialogTurnBenchmarks.Turns.Count, checks.Count);
    }
}
