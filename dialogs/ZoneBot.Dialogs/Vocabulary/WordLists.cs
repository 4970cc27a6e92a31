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

    private IEnumerable<string> Words(string locale, string key) =>
        (_byLocale[Locales.Resolve(locale)].GetValueOrDefault(key) ?? []).Select(TextNormalizer.Normalize);
}
