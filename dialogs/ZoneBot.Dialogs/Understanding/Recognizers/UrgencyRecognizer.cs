using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>
/// 急, 紧急, 马上, 尽快, 立即, 危险 are urgent; 不急, 不着急 are not (read first: "不急" contains "急");
/// words that only contain 急 (应急灯, 急救箱) say nothing of urgency.
/// </summary>
public sealed class UrgencyRecognizer(EntityWords words) : IEntityRecognizer
{
    public MessageFact Finds => MessageFact.Urgency;

    public ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        facts.Urgency ??= Find(utterance.Normalized, utterance.Locale);
        return ValueTask.CompletedTask;
    }

    public Urgency? Find(string normalizedText, string locale)
    {
        var text = words.For(locale, "urgency.ignore").Aggregate(normalizedText, (rest, word) => rest.Replace(word, " ", StringComparison.Ordinal));
        return words.FirstIn(text, locale, "urgency.normal") is not null ? Urgency.Normal
            : words.FirstIn(text, locale, "urgency.urgent") is not null ? Urgency.Urgent
            : null;
    }
}
