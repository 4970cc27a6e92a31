using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Reporting;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// What the micro-benchmarks time must answer right, checked before anything is timed: each firm search finds the
/// firm its query was built from, over both rosters, and the dialog turns give the replies of their flows. A wrong
/// answer is a failed verdict, and nothing is timed.
/// </summary>
public static class MicroChecks
{
    public static IEnumerable<Verdict> FirmSearch(FirmSearchFactory factory)
    {
        foreach (var firms in new[] { 743, FirmRoster.CitySize })
        {
            var roster = FirmSearchBenchmarks.Roster(firms);
            var search = factory(roster);
            foreach (var query in FirmSearchBenchmarks.Queries(roster))
            {
                var result = search(query.Text);
                yield return new Verdict($"firm search by {query.Kind} (“{query.Text}”) finds {query.Firm.Name} ({roster.Count:N0} firms)",
                    query.FoundIn(result), result.Matches.Count == 0 ? "nothing found" : $"found: {string.Join(", ", result.Matches.Select(match => match.Firm.Name))}");
            }
        }
    }

    /// <summary>The turns <see cref="DialogTurnBenchmarks"/> times, once each, on a bot of their own.</summary>
    /// <param name="configure">Registrations after ZoneBot's own (a test's wrong bot).</param>
    public static async Task<IReadOnlyList<Verdict>> DialogTurnsAsync(Action<IServiceCollection>? configure = null)
    {
        await using var bot = await InProcessBot.StartAsync("micro-check-" + Guid.NewGuid().ToString("N")[..8], configure);
        await DialogTurnBenchmarks.LinkAsync(bot);
        var verdicts = new List<Verdict>();
        foreach (var turn in DialogTurnBenchmarks.Turns)
        {
            var reply = await bot.SayAsync(bot.NewConversation(DialogTurnBenchmarks.User), turn.Text);
            verdicts.Add(new Verdict($"dialog turn {turn.Name} answers {turn.Expect.Description}", turn.Expect.Check(new BotReply(reply, [])), Shorten(reply)));
        }
        return verdicts;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text.ReplaceLineEndings(" ") : text[..60].ReplaceLineEndings(" ") + "…";
}
