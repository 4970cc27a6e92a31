using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>
/// What the problem is about, from the category's words and its short forms ("环保" is
/// 环境保护和五水共治, "偷排", "积水", "停电", "路灯"), or its full name: the category with most words
/// in the message, then the one with the longest word.
/// </summary>
public sealed class CategoryRecognizer(EntityWords words, ITextLocalizer texts) : IEntityRecognizer
{
    public ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        facts.Category ??= Find(utterance.Normalized, utterance.Locale);
        return ValueTask.CompletedTask;
    }

    public TicketCategory? Find(string normalizedText, string locale)
    {
        var best = Enum.GetValues<TicketCategory>()
            .Select(category => (category, found: WordsOf(category, locale).Where(word => normalizedText.Contains(word, StringComparison.Ordinal)).ToList()))
            .Where(candidate => candidate.found.Count > 0)
            .OrderByDescending(candidate => candidate.found.Count)
            .ThenByDescending(candidate => candidate.found.Max(word => word.Length))
            .FirstOrDefault();
        return best.found is { Count: > 0 } ? best.category : null;
    }

    private IEnumerable<string> WordsOf(TicketCategory category, string locale) =>
        words.For(locale, "category." + category.Code)
            .Append(TextNormalizer.Normalize(texts.Get(Locales.Resolve(locale), "category." + category.Code)));
}
