using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding.Recognizers;

/// <summary>
/// A person's own name, said as such ("我叫张伟", "姓名：李娜", "My name is Li Na"); and whether a bare
/// answer to "怎么称呼" can be a name at all: "13812345678" and "谢谢" cannot.
/// </summary>
public sealed partial class PersonNameRecognizer(PersonPatterns patterns, EntityWords words) : IEntityRecognizer
{
    public MessageFact Finds => MessageFact.PersonName;

    public ValueTask RecognizeAsync(Utterance utterance, MessageFacts facts, CancellationToken ct)
    {
        facts.PersonName ??= patterns.Named(utterance.Text, utterance.Locale);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The name in an answer to a name question: a name said with its marker, else the whole answer
    /// once the phone and punctuation are taken out, when it looks like a name; null when it does not.
    /// </summary>
    public string? FromAnswer(string? text, string locale)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (patterns.Named(text, locale) is { } named)
        {
            return named;
        }
        var rest = VolunteerName.Normalise(Punctuation().Replace(PhoneLike().Replace(text, " "), " ").Trim());
        var normalized = TextNormalizer.Normalize(rest);
        var notName = words.For(locale, "person.notName");
        var looksLikeName = rest.Length is >= 2 and <= 10
            && VolunteerName.Check(rest) == VolunteerNameProblem.None
            && !notName.Any(word => normalized == word || (word.Length > 1 && ChineseCharacters.In(word) && normalized.Contains(word, StringComparison.Ordinal)));
        return looksLikeName ? rest : null;
    }

    [GeneratedRegex(@"\+?[\d\s\-()（）]{5,}")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"[\p{P}\p{S}]+")]
    private static partial Regex Punctuation();
}
