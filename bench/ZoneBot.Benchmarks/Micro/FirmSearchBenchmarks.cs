using BenchmarkDotNet.Attributes;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>Firm search as every flow runs it (FirmIndex, in memory), over the demo's 743 firms and a 100,000-firm roster.</summary>
public class FirmSearchBenchmarks
{
    private FirmIndex _index = null!;
    private FirmListing _huaxin = null!;

    [Params(743, FirmRoster.CitySize)]
    public int Firms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var roster = Firms <= 743 ? FirmRoster.Demo() : FirmRoster.City(Firms);
        _index = new FirmIndex(roster);
        _huaxin = roster.Single(firm => firm.Name == "慈溪市华信电器有限公司");
    }

    [Benchmark(Description = "full name")]
    public FirmSearchResult FullName() => _index.Search(_huaxin.Name);

    [Benchmark(Description = "short name")]
    public FirmSearchResult ShortName() => _index.Search(_huaxin.ShortName);

    [Benchmark(Description = "credit code")]
    public FirmSearchResult CreditCode() => _index.Search(_huaxin.CreditCode);

    [Benchmark(Description = "short name, one character wrong")]
    public FirmSearchResult Typo() => _index.Search("华信电气");
}
