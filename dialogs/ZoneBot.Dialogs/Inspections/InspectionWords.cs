using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>
/// The words of the inspection flows, from the <c>inspection.*</c> lists of <c>Vocabulary/{locale}.json</c>: what
/// starts them (本周待检查, 检查 永盛灯具, 复查, 我的整改, 本月检查进度) and what answers mean inside them
/// (通过, 隐患, 已整改, 宽限, 退回), and the days in “限期三天” or “宽限一周”.
/// </summary>
public sealed class InspectionWords(WordLists words)
{
    /// <summary>The answer is one of the key's words, as a whole (“好的。” is 好的).</summary>
    public bool Is(string? text, string locale, string key)
    {
        var answer = TextNormalizer.NormalizeAnswer(text);
        return Words(locale, key).Any(word => word == answer);
    }

    /// <summary>The text contains one of the key's words.</summary>
    public bool Has(string? text, string locale, string key)
    {
        var message = TextNormalizer.Normalize(text);
        return Words(locale, key).Any(word => message.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>What follows the key's word the text starts with (“检查一下永盛灯具” → “永盛灯具”); null when it starts with none.</summary>
    public string? After(string? text, string locale, string key)
    {
        var message = TextNormalizer.Normalize(text);
        var word = Words(locale, key).OrderByDescending(word => word.Length).FirstOrDefault(word => message.StartsWith(word, StringComparison.Ordinal));
        return word is null ? null : message[word.Length..].Trim();
    }

    /// <summary>
    /// The days a message gives after one of the key's words (“限期三天” → 3, “宽限一周” → 7, weeks counted as 7 days);
    /// null when it names none.
    /// </summary>
    public int? DaysAfter(string? text, string locale, string key)
    {
        var message = TextNormalizer.Normalize(text);
        var at = Words(locale, key).Select(word => (word, index: message.IndexOf(word, StringComparison.Ordinal)))
            .Where(found => found.index >= 0).OrderBy(found => found.index).FirstOrDefault();
        if (at.word is null)
        {
            return null;
        }
        var rest = message[(at.index + at.word.Length)..];
        var end = rest.IndexOfAny([',', '.', ';', '!', '?', '。']);
        var phrase = end < 0 ? rest : rest[..end];
        if (NumberPrompt.Recognize(phrase, locale) is not { } number || number <= 0 || number != decimal.Truncate(number))
        {
            // “宽限一周”: no digit, but a week all the same.
            return Has(phrase, locale, "inspection.unit.week") && !Has(phrase, locale, "inspection.unit.day") ? 7 : null;
        }
        return (int)number * (Has(phrase, locale, "inspection.unit.week") ? 7 : 1);
    }

    /// <summary>The days of an answer that is only a duration (“3天”, “两周”, "5"): null when it is not one.</summary>
    public int? Days(string? text, string locale)
    {
        var message = TextNormalizer.NormalizeAnswer(text);
        if (NumberPrompt.Recognize(message, locale) is not { } number || number <= 0 || number != decimal.Truncate(number))
        {
            return Has(message, locale, "inspection.unit.week") ? 7 : null;
        }
        return (int)number * (Has(message, locale, "inspection.unit.week") ? 7 : 1);
    }

    public string[] Synonyms(string locale, string key) => words.Synonyms(locale, key);

    private IEnumerable<string> Words(string locale, string key) => words.Synonyms(locale, key).Select(TextNormalizer.Normalize);
}
