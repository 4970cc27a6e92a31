using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace ZoneBot.Domain;

/// <summary>
/// An in-memory index of the firms of a zone (or a whole city): by credit code, by exact name, and
/// by the character pairs of their core names, so a search looks only at firms that share a pair
/// with the query instead of scanning every firm. Scores are Dice similarity of the pairs, lifted
/// when the query is contained in the name: "华信电器" finds 慈溪市华信电器有限公司 exactly,
/// "华信电气" (one wrong character) still finds it, ranked below exact matches.
/// </summary>
public sealed partial class FirmIndex
{
    public const double ExactScore = 1.0;

    /// <summary>A name typed with sound-alike characters only (永胜灯具 for 永盛灯具): one firm, as good as exact.</summary>
    public const double SoundsAlikeScore = 0.96;

    /// <summary>A name one character wrong, missing or extra: likely that firm, to be named to the user.</summary>
    public const double OneSlipScore = 0.8;

    private const double MinimumScore = 0.5;
    private const int MinimumFuzzyLength = 3;
    private const int MinimumMentionLength = 3;
    private const int MaximumMentionLength = 30;

    private readonly Dictionary<string, FirmListing> _byCreditCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FirmListing>> _byExactName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<(FirmListing Firm, string[] Cores, HashSet<string>[] Bigrams)> _entries = [];

    private readonly SoundAlikeCharacters _sounds;

    public FirmIndex(IEnumerable<FirmListing> firms, SoundAlikeCharacters? sounds = null)
    {
        _sounds = sounds ?? SoundAlikeCharacters.None;
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
            if (matches.Any(match => match.Firm.Id == firm.Id))
            {
                continue;
            }
            var fuzzy = cores.Max(core => SlipScore(NameDistance.Between(query, core, _sounds), core));
            if (!CanReach(shared, queryBigrams.Count, bigrams) && fuzzy == 0)
            {
                continue;
            }
            var score = Math.Max(fuzzy, Enumerable.Range(0, cores.Length).Max(i => Similarity(query, queryBigrams, cores[i], bigrams[i])));
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
    /// The firm a longer message names, if any: a credit code in it, else the longest registered, core
    /// or short name it contains, else a name it contains with one typing slip ("永胜灯具归哪个网格").
    /// </summary>
    public FirmMention? FindIn(string? text)
    {
        var normalized = FirmNameText.Normalize(text);
        foreach (Match code in CreditCodeLike().Matches(normalized))
        {
            if (LooksLikeCreditCode(code.Value) && Search(code.Value).Matches is { Count: > 0 } byCode)
            {
                return new FirmMention(code.Value, byCode);
            }
        }
        for (var length = Math.Min(MaximumMentionLength, normalized.Length); length >= MinimumMentionLength; length--)
        {
            for (var start = 0; start + length <= normalized.Length; start++)
            {
                var words = normalized.Substring(start, length);
                if (_byExactName.TryGetValue(words, out var named))
                {
                    return new FirmMention(words, [.. named.Select(firm => new FirmMatch(firm, ExactScore))]);
                }
            }
        }
        return FindWithSlip(normalized);
    }

    private FirmMention? FindWithSlip(string normalized)
    {
        var candidates = FirmNameText.Bigrams(normalized)
            .SelectMany(bigram => _postings.GetValueOrDefault(bigram) ?? [])
            .Distinct();
        var found = new List<(FirmMatch Match, string Words)>();
        foreach (var index in candidates)
        {
            var (firm, cores, _) = _entries[index];
            var best = cores
                .Where(core => core.Length > MinimumFuzzyLength)
                .Select(core => (core, place: NameDistance.Within(core, normalized, _sounds)))
                .Select(pair => (pair.core, pair.place, score: SlipScore(pair.place.Cost, pair.core)))
                .OrderByDescending(pair => pair.score)
                .FirstOrDefault();
            if (best.score > 0)
            {
                var start = Math.Max(0, best.place.End - best.core.Length);
                found.Add((new FirmMatch(firm, best.score), normalized[start..best.place.End]));
            }
        }
        if (found.Count == 0)
        {
            return null;
        }
        var ranked = found.OrderByDescending(pair => pair.Match.Score).ThenBy(pair => pair.Match.Firm.Name, StringComparer.Ordinal).Take(5).ToList();
        return new FirmMention(ranked[0].Words, [.. ranked.Select(pair => pair.Match)]);
    }

    // Sound-alike slips only: as good as exact; one real slip: likely, in a name long enough to tell.
    private static double SlipScore(double cost, string core) =>
        core.Length < MinimumFuzzyLength || cost == 0 ? 0
        : cost <= NameDistance.SoundAlikeCost ? SoundsAlikeScore
        : cost <= 1 && core.Length > MinimumFuzzyLength ? OneSlipScore
        : 0;

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

    // Built once at compile time: a pattern given per call goes through the Regex cache and is interpreted.
    [GeneratedRegex("[0-9a-z]{18}")]
    private static partial Regex CreditCodeLike();
}
