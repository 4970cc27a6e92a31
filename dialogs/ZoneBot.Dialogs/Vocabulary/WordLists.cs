using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Vocabulary;

/// <summary>
/// Words with a meaning inside a flow, from <c>Vocabulary/{locale}.json</c>: answers that skip an
/// optional question ("跳过", "没有"), and words that tell what a problem is about ("消防通道被堵了"
/// → safety) so the category can be proposed instead of asked cold.
/// </summary>
public sealed class WordLists
{
    private readonly Dictionary<string, Dictionary<string, string[]>> _byLocale;

    public WordLists()
    {
        _byLocale = JsonTextLocalizer.SupportedLocales.ToDictionary(
            locale => locale,
            locale => EmbeddedJson.Read<Dictionary<string, string[]>>($"Vocabulary.{locale}.json"));
    }

    public bool IsSkip(string? text, string locale) =>
        Words(locale, "skip").Contains(TextNormalizer.NormalizeAnswer(text), StringComparer.Ordinal);

    /// <summary>A skip word, or an answer that says there is no photo ("没有照片", "没拍", "no photos").</summary>
    public bool IsNoPhoto(string? text, string locale) =>
        IsSkip(text, locale) || Words(locale, "photo.none").Contains(TextNormalizer.NormalizeAnswer(text), StringComparer.Ordinal);

    /// <summary>The category whose words the text contains most; null when none does.</summary>
    public TicketCategory? ProposeCategory(string? text, string locale)
    {
        var message = TextNormalizer.Normalize(text);
        var best = Enum.GetValues<TicketCategory>()
            .Select(category => (category, hits: Words(locale, "category." + category.Code).Count(word => message.Contains(word, StringComparison.Ordinal))))
            .Where(candidate => candidate.hits > 0)
            .OrderByDescending(candidate => candidate.hits)
            .FirstOrDefault();
        return best.hits > 0 ? best.category : null;
    }

    /// <summary>Other words for a choice of a prompt (<c>verify.sms</c>: 短信, 发短信 …), to pass as its synonyms.</summary>
    public string[] Synonyms(string locale, string key) => [.. Words(locale, key)];

    /// <summary>
    /// The officer action whose word starts <paramref name="text"/> ("研判 属实" → 研判), the longest word
    /// first, the chat's locale before the other; <paramref name="rest"/> is what follows it, as typed.
    /// </summary>
    public OfficerAction? OfficerActionAtStart(string text, string locale, out string rest)
    {
        var own = Locales.Resolve(locale);
        var candidates = _byLocale.OrderBy(entry => entry.Key == own ? 0 : 1)
            .SelectMany(entry => Enum.GetValues<OfficerAction>()
                .SelectMany(action => (entry.Value.GetValueOrDefault("officerAction." + action.Code) ?? []).Select(word => (action, word))))
            .OrderByDescending(candidate => candidate.word.Length);
        foreach (var (action, word) in candidates)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (text.Length == word.Length || !char.IsAsciiLetter(text[word.Length]) || !char.IsAsciiLetter(word[^1])))
            {
                rest = text[word.Length..];
                return action;
            }
        }
        rest = string.Empty;
        return null;
    }

    /// <summary>The words of <paramref name="key"/> in every locale, longest first, as a regular-expression alternation.</summary>
    public string Alternation(string key) =>
        string.Join('|', _byLocale.Values.SelectMany(words => words.GetValueOrDefault(key) ?? [])
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(word => word.Length)
            .Select(System.Text.RegularExpressions.Regex.Escape));

    /// <summary>The keys and lists of one locale's file, for the check that none is empty.</summary>
    public IReadOnlyDictionary<string, string[]> File(string locale) => _byLocale[Locales.Resolve(locale)];

    private IEnumerable<string> Words(string locale, string key) =>
        (_byLocale[Locales.Resolve(locale)].GetValueOrDefault(key) ?? []).Select(TextNormalizer.Normalize);
}
