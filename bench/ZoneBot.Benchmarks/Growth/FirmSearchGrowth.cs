using System.Diagnostics;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Growth;

/// <summary>
/// Firm search call by call (the index every flow uses), over the demo's 743 firms and a 100,000-firm roster that
/// contains them: the same queries, built from each demo firm (<see cref="FirmQuery"/>), timed one by one so that
/// the p99 is a p99 of searches, not of batches; and every answer checked, so that a search that finds nothing
/// cannot look fast.
/// </summary>
public static class FirmSearchGrowth
{
    /// <summary>Of <see cref="Queries"/> searches, how many offered the firm the query was built from.</summary>
    public sealed record Recall(int Queries, int Found)
    {
        public double Share => Queries == 0 ? 0 : (double)Found / Queries;

        public override string ToString() => FormattableString.Invariant($"{Share:P1} ({Found:N0}/{Queries:N0})");
    }

    public sealed record Result(int Firms, TimeSpan Build, IReadOnlyDictionary<string, LatencySummary> ByKind, IReadOnlyDictionary<string, Recall> RecallByKind);

    public static Result Measure(IReadOnlyList<FirmListing> roster, IReadOnlyList<FirmListing> queried, int passes, FirmSearchFactory factory)
    {
        var build = Stopwatch.StartNew();
        var search = factory(roster);
        build.Stop();
        var queries = FirmQuery.For(queried);
        // Warm-up: every query once, not timed (JIT, caches); its answers are the ones checked.
        var found = queries.ToDictionary(query => query, query => query.FoundIn(search(query.Text)));
        var samples = FirmQuery.Kinds.ToDictionary(kind => kind, _ => new List<long>(queried.Count * passes));
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var query in queries)
            {
                var started = Stopwatch.GetTimestamp();
                var result = search(query.Text);
                samples[query.Kind].Add(Stopwatch.GetTimestamp() - started);
                // The same search must give the same answer every time it is timed.
                if (!query.FoundIn(result))
                {
                    found[query] = false;
                }
            }
        }
        var byKind = samples.ToDictionary(entry => entry.Key, entry => LatencySummary.Of(entry.Value));
        byKind["all"] = LatencySummary.Of(samples.Values.SelectMany(list => list));
        var recall = FirmQuery.Kinds.ToDictionary(kind => kind, kind => new Recall(
            queries.Count(query => query.Kind == kind), queries.Count(query => query.Kind == kind && found[query])));
        recall["all"] = new Recall(queries.Count, found.Values.Count(hit => hit));
        return new Result(roster.Count, build.Elapsed, byKind, recall);
    }

    public static (Result Demo, Result City) Run(int cityFirms, int passes, FirmSearchFactory factory)
    {
        var demo = FirmRoster.Demo();
        var city = FirmRoster.City(cityFirms);
        return (Measure(demo, demo, passes, factory), Measure(city, demo, passes, factory));
    }
}
