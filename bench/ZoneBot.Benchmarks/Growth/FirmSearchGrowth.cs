using System.Diagnostics;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Growth;

/// <summary>
/// Firm search call by call (the index every flow uses), over the demo's 743 firms and a 100,000-firm roster that
/// contains them: the same queries (each demo firm by full name, by short name and by credit code), timed one by one
/// so that the p99 is a p99 of searches, not of batches.
/// </summary>
public static class FirmSearchGrowth
{
    public sealed record Result(int Firms, TimeSpan Build, IReadOnlyDictionary<string, LatencySummary> ByKind);

    public static Result Measure(IReadOnlyList<FirmListing> roster, IReadOnlyList<FirmListing> queried, int passes)
    {
        var build = Stopwatch.StartNew();
        var index = new FirmIndex(roster);
        build.Stop();
        var queries = new (string Kind, Func<FirmListing, string> Text)[]
        {
            ("full name", firm => firm.Name),
            ("short name", firm => firm.ShortName),
            ("credit code", firm => firm.CreditCode),
        };
        // Warm-up: every query once, not counted (JIT, caches).
        foreach (var (_, text) in queries)
        {
            foreach (var firm in queried)
            {
                index.Search(text(firm));
            }
        }
        var samples = queries.ToDictionary(query => query.Kind, _ => new List<long>(queried.Count * passes));
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var (kind, text) in queries)
            {
                var kindSamples = samples[kind];
                foreach (var firm in queried)
                {
                    var started = Stopwatch.GetTimestamp();
                    index.Search(text(firm));
                    kindSamples.Add(Stopwatch.GetTimestamp() - started);
                }
            }
        }
        var byKind = samples.ToDictionary(entry => entry.Key, entry => LatencySummary.Of(entry.Value));
        byKind["all"] = LatencySummary.Of(samples.Values.SelectMany(list => list));
        return new Result(roster.Count, build.Elapsed, byKind);
    }

    public static (Result Demo, Result City) Run(int cityFirms, int passes)
    {
        var demo = FirmRoster.Demo();
        var city = FirmRoster.City(cityFirms);
        return (Measure(demo, demo, passes), Measure(city, demo, passes));
    }
}
