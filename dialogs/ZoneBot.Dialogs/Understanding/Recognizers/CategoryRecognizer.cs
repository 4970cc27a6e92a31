using System.Collections.Concurrent;
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
    // Each locale's words per category, the category's own name included, put together once (not per message).
    private readonly ConcurrentDictionary<string, (TicketCategory Category, string[] Words)[]> _byLocale = new(StringComparer.Ordinal);

    public MessageFact Finds => MessageFact.Category;

    public ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        facts.Category ??= Find(utterance.Normalized, utterance.Locale);
        return ValueTask.CompletedTask;
    }

    public TicketCategory? Find(string normalizedText, string locale)
    {
        var best = _byLocale.GetOrAdd(Locales.Resolve(locale), WordsOf)
            .Select(candidate => (candidate.Category, found: candidate.Words.Where(word => normalizedText.Contains(word, StringComparison.Ordinal)).ToList()))
            .Where(candidate => candidate.found.Count > 0)
            .OrderByDescending(candidate => candidate.found.Count)
            .ThenByDescending(candidate => candidate.found.Max(word => word.Length))
            .FirstOrDefault();
        return best.found is { Count: > 0 } ? best.Category : null;
    }

    private (TicketCategory Category, string[] Words)[] WordsOf(string locale) =>
        [.. Enum.GetValues<TicketCategory>().Select(category => (category, (string[])[.. words.For(locale, "category." + category.Code)
            .Append(TextNormalizer.Normalize(texts.Get(locale, "category." + category.Code)))]))];
}
