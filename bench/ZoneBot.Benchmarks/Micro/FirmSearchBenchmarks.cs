using BenchmarkDotNet.Attributes;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// Firm search as every flow runs it (FirmIndex, in memory), over the demo's 743 firms and a 100,000-firm roster.
/// Each query is built from one known firm and must find it (<see cref="MicroChecks"/> checks before anything is timed,
/// and the setup again): a search that finds nothing would look fast.
/// </summary>
public class FirmSearchBenchmarks
{
    public const string Firm = "慈溪市华信电器有限公司";

    private FirmSearch _search = null!;
    private Dictionary<string, FirmQuery> _queries = [];

    [Params(743, FirmRoster.CitySize)]
    public int Firms { get; set; }

    /// <summary>What is timed: <see cref="Firm"/> by full name, short name, credit code, and a short name with a typo that people make (电气 for 电器).</summary>
    public static IReadOnlyList<FirmQuery> Queries(IReadOnlyList<FirmListing> roster)
    {
        var firm = roster.Single(candidate => candidate.Name == Firm);
        return
        [
            FirmQuery.Of(FirmQuery.FullName, firm),
            FirmQuery.Of(FirmQuery.ShortName, firm),
            FirmQuery.Of(FirmQuery.CreditCode, firm),
            new FirmQuery(FirmQuery.OneWrong, "华信电气", firm),
        ];
    }

    public static IReadOnlyList<FirmListing> Roster(int firms) => firms <= 743 ? FirmRoster.Demo() : FirmRoster.City(firms);

    [GlobalSetup]
    public void Setup()
    {
        var roster = Roster(Firms);
        _search = FirmSearches.Index(roster);
        _queries = Queries(roster).ToDictionary(query => query.Kind);
        if (Queries(roster).FirstOrDefault(query => !query.FoundIn(_search(query.Text))) is { } missed)
        {
            throw new InvalidOperationException($"Firm search by {missed.Kind} (“{missed.Text}”) does not find {missed.Firm.Name}.");
        }
    }

    [Benchmark(Description = "full name")]
    public FirmSearchResult FullName() => _search(_queries[FirmQuery.FullName].Text);

    [Benchmark(Description = "short name")]
    public FirmSearchResult ShortName() => _search(_queries[FirmQuery.ShortName].Text);

    [Benchmark(Description = "credit code")]
    public FirmSearchResult CreditCode() => _search(_queries[FirmQuery.CreditCode].Text);

    [Benchmark(Description = "short name, one character wrong")]
    public FirmSearchResult Typo() => _search(_queries[FirmQuery.OneWrong].Text);
}
