using System.Runtime.InteropServices;

namespace ZoneBot.Domain;

/// <summary>
/// An in-memory index of the firms of a zone (or a whole city): by credit code, by exact name, and
/// by the character pairs of their core names, so a search looks only at firms that share a pair
/// with the query instead of scanning every firm. Scores are Dice similarity of the pairs, lifted
/// when the query is contained in the name: "华信电器" finds 慈溪市华信电器有限公司 exactly,
/// "华信电气" (one wrong character) still finds it, ranked below exact matches.
/// </summary>
public sealed class FirmIndex
{
    public const double ExactScore = 1.0;
    private const double MinimumScore = 0.5;

    private readonly Dictionary<string, FirmListing> _byCreditCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FirmListing>> _byExactName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<(FirmListing Firm, string[] Cores, HashSet<string>[] Bigrams)> _entries = [];

    public FirmIndex(IEnumerable<FirmListing> firms)
    {
        foreach (var firm in firms)
        {
            Add(firm);
        }
        Roads = [.. _entries.Select(entry => entry.Firm.Road).OfType<string>().Distinct().OrderByDescending(road => road.Length).ThenBy(road => road, StringComparer.Ordinal)];
    }

    public int Count => _entries.Count;

    /// <summary>Every road that has firms, longest first, to recognise one in what the user typed.</summary>
    public IReadOnlyList<string> Roads { get; }

    /// <summary>Finds firms by credit code or by name; best first, at most <paramref name="limit"/>.</summary>
    public FirmSearchResult Search(string? query, int limit = 5)
    {
        var normalized = FirmNameText.Normalize(query);
        if (normalized.Length == 0)
        {
            return FirmSearchResult.None;
        }
        if (LooksLikeCreditCode(normalized))
        {
            var validation = UnifiedSocialCreditCode.Validate(query);
            if (!validation.IsValid)
            {
                return new FirmSearchResult([], validation);
            }
            return _byCreditCode.TryGetValue(validation.NormalisedCode, out var byCode)
                ? new FirmSearchResult([new FirmMatch(byCode, ExactScore)], validation)
                : new FirmSearchResult([], validation);
        }
        return new FirmSearchResult(SearchByName(normalized, limit));
    }

    private List<FirmMatch> SearchByName(string normalized, int limit)
    {
        // An exact registered name, or an exact core/short name, wins outright.
        var exact = _byExactName.GetValueOrDefault(normalized) ?? _byExactName.GetValueOrDefault(FirmNameText.Core(normalized));
        var matches = exact?.Select(firm => new FirmMatch(firm, ExactScore)).ToList() ?? [];

        var query = FirmNameText.Core(normalized);
        var queryBigrams = FirmNameText.Bigrams(query);
        // Count the query's pairs each firm shares, from the postings alone; only a firm that can still
        // reach the threshold is scored. A trade word such as 电器 is shared by thousands of firms in a
        // city, and most of them share nothing else with the query.
        var sharedCounts = new Dictionary<int, int>();
        foreach (var bigram in queryBigrams)
        {
            if (_postings.TryGetValue(bigram, out var ids))
            {
                foreach (var id in ids)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(sharedCounts, id, out _)++;
                }
            }
        }
        foreach (var (index, shared) in sharedCounts)
        {
            var (firm, cores, bigrams) = _entries[index];
            if (!CanReach(shared, queryBigrams.Count, bigrams) || matches.Any(match => match.Firm.Id == firm.Id))
            {
                continue;
            }
            var score = Enumerable.Range(0, cores.Length).Max(i => Similarity(query, queryBigrams, cores[i], bigrams[i]));
            if (score >= MinimumScore)
            {
                matches.Add(new FirmMatch(firm, score));
            }
        }
        return matches
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Firm.Name.Length)
            .ThenBy(match => match.Firm.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// Whether a firm sharing <paramref name="shared"/> of the query's pairs can score the minimum: containing
    /// the query needs every pair, and the Dice score is at most what the shared count allows.
    /// </summary>
    private static bool CanReach(int shared, int queryCount, HashSet<string>[] coreBigrams) =>
        shared == queryCount || coreBigrams.Any(core => 0.95 * 2.0 * shared / (queryCount + core.Count) >= MinimumScore);

    private static double Similarity(string query, HashSet<string> queryBigrams, string core, HashSet<string> coreBigrams)
    {
        if (query.Length == 0 || core.Length == 0)
        {
            return 0;
        }
        var shared = queryBigrams.Count(coreBigrams.Contains);
        var dice = 2.0 * shared / (queryBigrams.Count + coreBigrams.Count);
        // Part of a name ("华信" in "华信电器") is a good match, the better the more of the name it covers;
        // kept below 1 so that exact names always rank first.
        var contained = core.Contains(query, StringComparison.Ordinal) ? 0.6 + (0.35 * query.Length / core.Length) : 0;
        return Math.Max(dice * 0.95, contained);
    }

    private static bool LooksLikeCreditCode(string normalized) =>
        normalized.Length >= 15 && normalized.All(char.IsAsciiLetterOrDigit) && normalized.Count(char.IsAsciiDigit) >= 6;

    private void Add(FirmListing firm)
    {
        var index = _entries.Count;
        // The English name is a name like the others: "Huaxin Electrical" is found in "Cixi Huaxin Electrical Appliance Co., Ltd.".
        string[] cores = [.. new[] { FirmNameText.Core(firm.Name), FirmNameText.Core(firm.ShortName), FirmNameText.Core(firm.EnglishName) }
            .Where(core => core.Length > 0).Distinct()];
        var bigrams = cores.Select(FirmNameText.Bigrams).ToArray();
        _entries.Add((firm, cores, bigrams));
        _byCreditCode[firm.CreditCode] = firm;
        foreach (var key in new[] { FirmNameText.Normalize(firm.Name) }.Concat(cores).Distinct())
        {
            if (!_byExactName.TryGetValue(key, out var list))
            {
                _byExactName[key] = list = [];
            }
            list.Add(firm);
        }
        foreach (var bigram in bigrams.SelectMany(set => set).Distinct())
        {
            if (!_postings.TryGetValue(bigram, out var ids))
            {
                _postings[bigram] = ids = [];
            }
            ids.Add(index);
        }
    }
}
