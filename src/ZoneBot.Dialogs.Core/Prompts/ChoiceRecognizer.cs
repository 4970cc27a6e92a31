using System.Globalization;
using System.Text.RegularExpressions;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Finds which of a list of choices an answer means, trying in order: its number ("2", "２", "二",
/// "第二个", "second"), its exact text or button title (case- and width-insensitive), one of its synonyms,
/// then containment either way (only when one choice fits best).
/// </summary>
public static partial class ChoiceRecognizer
{
    private static readonly string[] EnglishOrdinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    public static FoundChoice? Recognize(string? text, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var answer = TextNormalizer.NormalizeAnswer(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }
        var index = ByNumber(answer, choices.Count)
            ?? ByExactText(answer, choices)
            ?? BySynonym(answer, choices)
            ?? ByContainment(answer, choices);
        return index is { } found ? new FoundChoice { Value = choices[found].Value, Index = found } : null;
    }

    private static int? ByNumber(string answer, int count)
    {
        int? number = null;
        if (ArabicNumber().Match(answer) is { Success: true } arabic)
        {
            number = int.Parse(arabic.Groups["n"].Value, CultureInfo.InvariantCulture);
        }
        else if (ChineseNumber().Match(answer) is { Success: true } chinese)
        {
            number = ParseChineseNumeral(chinese.Groups["n"].Value);
        }
        else if (EnglishOrdinal().Match(answer) is { Success: true } ordinal)
        {
            number = Array.IndexOf(EnglishOrdinals, ordinal.Groups["n"].Value) + 1;
        }
        return number is >= 1 && number <= count ? number - 1 : null;
    }

    private static int? ByExactText(string answer, IList<Choice> choices) =>
        FirstIndex(choices, choice => Same(choice.Value, answer) || Same(choice.ActionTitle, answer));

    private static int? BySynonym(string answer, IList<Choice> choices) =>
        FirstIndex(choices, choice => choice.Synonyms.Any(synonym => Same(synonym, answer)));

    // The answer names a choice ("消防通道被堵了" → "消防通道"): the longest name found wins, a tie is no match.
    // Otherwise the answer is part of one choice's name ("通道" → "消防通道"), and of that choice only.
    private static int? ByContainment(string answer, IList<Choice> choices)
    {
        var named = choices
            .Select((choice, index) => (index, length: TermsOf(choice).Where(answer.Contains).Select(term => term.Length).DefaultIfEmpty(0).Max()))
            .Where(match => match.length > 0)
            .OrderByDescending(match => match.length)
            .ToList();
        if (named.Count > 0)
        {
            return named.Count == 1 || named[0].length > named[1].length ? named[0].index : null;
        }
        if (answer.Length < 2 && !IsCjk(answer[0]))
        {
            return null;
        }
        var partOf = choices
            .Select((choice, index) => (choice, index))
            .Where(pair => TermsOf(pair.choice).Any(term => term.Contains(answer, StringComparison.Ordinal)))
            .Select(pair => pair.index)
            .ToList();
        return partOf.Count == 1 ? partOf[0] : null;
    }

    private static IEnumerable<string> TermsOf(Choice choice) =>
        new[] { choice.Value, choice.ActionTitle }.Concat(choice.Synonyms)
            .Select(TextNormalizer.NormalizeAnswer)
            .Where(term => term.Length > 0);

    private static int? FirstIndex(IList<Choice> choices, Func<Choice, bool> matches)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (matches(choices[i]))
            {
                return i;
            }
        }
        return null;
    }

    private static bool Same(string? term, string answer) =>
        term is not null && TextNormalizer.NormalizeAnswer(term) == answer;

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>一 … 九十九, with 两 and 〇/零; null when the text is not such a numeral.</summary>
    private static int? ParseChineseNumeral(string text)
    {
        const string Digits = "零一二三四五六七八九";
        static int? Digit(char c) => c switch
        {
            '两' => 2,
            '〇' => 0,
            _ => Digits.IndexOf(c) is >= 0 and var d ? d : null,
        };
        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 ? Digit(text[0]) : null;
        }
        var tens = ten == 0 ? 1 : ten == 1 ? Digit(text[0]) : null;
        var ones = ten == text.Length - 1 ? 0 : ten == text.Length - 2 ? Digit(text[^1]) : null;
        return tens * 10 + ones;
    }

    [GeneratedRegex(@"^(?:第|选|选择|no\.?|number|option|#)?\s*(?<n>\d{1,3})\s*(?:个|项|条|号|种|st|nd|rd|th)?$")]
    private static partial Regex ArabicNumber();

    [GeneratedRegex(@"^(?:第|选|选择)?(?<n>[零〇一二两三四五六七八九十]{1,3})(?:个|项|条|号|种)?$")]
    private static partial Regex ChineseNumber();

    [GeneratedRegex(@"^(?:the\s+)?(?<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+one)?$")]
    private static partial Regex EnglishOrdinal();
}
