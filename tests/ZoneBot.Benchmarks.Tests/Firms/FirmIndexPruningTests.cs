using ZoneBot.Benchmarks.Data;
using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Tests.Firms;

/// <summary>
/// FirmIndex scores only the firms that can still reach the threshold (pairs counted from the postings first). Over
/// a city of 100,000 generated firms, that pruned search must find the same best match as scoring every firm: a
/// reference full scan written here from the index's scoring (an exact name or core name wins; else the Dice score of
/// character pairs, lifted when the query is part of the name; 0.5 at least).
/// </summary>
public sealed class FirmIndexPruningTests
{
    private const double ExactScore = 1.0;
    private const double MinimumScore = 0.5;

    private static readonly Lazy<(IReadOnlyList<FirmListing> Roster, FirmIndex Index, Scan Scan)> City = new(() =>
    {
        var roster = FirmRoster.City();
        return (roster, new FirmIndex(roster), new Scan(roster));
    });

    // One wrong character is left out: the index's one-slip pass (a wrong, missing or extra character, sound-alikes
    // counting half) scores beyond the character pairs this reference reproduces; growth checks its recall instead.
    public static TheoryData<string> Kinds() => [FirmQuery.FullName, FirmQuery.ShortName];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_pruned_search_finds_the_best_match_of_a_full_scan_over_100000_firms(string kind)
    {
        var (roster, index, scan) = City.Value;
        Assert.Equal(FirmRoster.CitySize, roster.Count);
        // Demo firms and generated ones, spread over the roster.
        var sample = Enumerable.Range(0, 40).Select(i => roster[(int)((i * 2_503L + 17) % roster.Count)]).ToList();
        var compared = 0;

        foreach (var query in sample.Select(firm => FirmQuery.Of(kind, firm)))
        {
            var pruned = index.Search(query.Text, FirmSearches.Offered).Matches;
            var full = scan.Best(query.Text);

            if (full is null)
            {
                Assert.Empty(pruned);
                continue;
            }
            Assert.True(pruned.Count > 0, $"“{query.Text}”: the full scan finds {full.Firm.Name} ({full.Score:0.000}), the pruned search nothing");
            Assert.Equal((full.Firm.Id, full.Score), (pruned[0].Firm.Id, pruned[0].Score));
            compared++;
        }
        // Full and short names always have a match: the firm itself.
        Assert.Equal(sample.Count, compared);
    }

    /// <summary>Every firm scored, best first as the index orders them: score, then the shorter name, then the name.</summary>
    private sealed class Scan(IReadOnlyList<FirmListing> roster)
    {
        private readonly (FirmListing Firm, string[] Keys, string[] Cores, HashSet<string>[] Bigrams)[] _firms = [.. roster.Select(firm =>
        {
            string[] cores = [.. new[] { FirmNameText.Core(firm.Name), FirmNameText.Core(firm.ShortName) }.Distinct()];
            return (firm, new[] { FirmNameText.Normalize(firm.Name) }.Concat(cores).ToArray(), cores, cores.Select(FirmNameText.Bigrams).ToArray());
        })];

        public FirmMatch? Best(string text)
        {
            var normalized = FirmNameText.Normalize(text);
            var core = FirmNameText.Core(normalized);
            var bigrams = FirmNameText.Bigrams(core);
            // The index takes firms whose name is the query; only when there are none, firms whose core name is its core.
            var exactKey = _firms.Any(firm => firm.Keys.Contains(normalized)) ? normalized : core;
            return _firms
                .Select(firm => new FirmMatch(firm.Firm, firm.Keys.Contains(exactKey)
                    ? ExactScore
                    : Enumerable.Range(0, firm.Cores.Length).Max(i => Similarity(core, bigrams, firm.Cores[i], firm.Bigrams[i]))))
                .Where(match => match.Score >= MinimumScore)
                .OrderByDescending(match => match.Score)
                .ThenBy(match => match.Firm.Name.Length)
                .ThenBy(match => match.Firm.Name, StringComparer.Ordinal)
                .FirstOrDefault();
        }

        private static double Similarity(string query, HashSet<string> queryBigrams, string core, HashSet<string> coreBigrams)
        {
            if (query.Length == 0 || core.Length == 0)
            {
                return 0;
            }
            var shared = queryBigrams.Count(coreBigrams.Contains);
            var dice = 2.0 * shared / (queryBigrams.Count + coreBigrams.Count);
            var contained = core.Contains(query, StringComparison.Ordinal) ? 0.6 + (0.35 * query.Length / core.Length) : 0;
            return Math.Max(dice * 0.95, contained);
        }
    }
}
