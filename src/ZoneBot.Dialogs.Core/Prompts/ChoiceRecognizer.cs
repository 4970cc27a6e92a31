using System.Globalization;
using System.Text.RegularExpressions;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Finds which of a list of choices an answer means, trying in order: its number ("2", "２", "二",
/// "第二个", "second"), its exact text or button title (case- and width-insensitive), one of its synonyms,
/// then containment either way (only when one choice fits best). A choice's synonyms are its own and those of the word
/// lists it names (<see cref="Choice.Words"/>), read through <see cref="IChoiceWords"/> in the answer's locale.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly string[] Ordinals = [.. PromptWords.All("choice.ordinals")];

    // 3, 第3个, option 3, 3rd: the words around the number from PromptWords.
    private static readonly Regex ArabicNumber = new(
        $@"^(?:{PromptWords.Alternation("choice.before")})?\s*(?<n>\d{{1,3}})\s*(?:{PromptWords.Alternation("choice.after")})?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // A numeral of up to three characters, read by Numerals: 第二个, 十二.
    private static readonly Regex NumeralNumber = new(
        $@"^(?:{PromptWords.Alternation("choice.before")})?(?<n>{PromptWords.NumeralClass()}{{1,3}})(?:{PromptWords.Alternation("choice.after")})?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "second", "the third one".
    private static readonly Regex Ordinal = new(
        $@"^(?:(?:{PromptWords.Alternation("choice.ordinal.before")})\s+)?(?<n>{PromptWords.Alternation("choice.ordinals")})(?:\s+(?:{PromptWords.Alternation("choice.ordinal.after")}))?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The choice the answer means, for choices that name no word list.</summary>
    public static FoundChoice? Recognize(string? text, IList<Choice> choices) => Recognize(text, choices, words: null, Locales.Chinese);

    /// <summary>The choice the answer means; <paramref name="words"/> reads the word lists the choices name.</summary>
    public static FoundChoice? Recognize(string? text, IList<Choice> choices, IChoiceWords? words, string locale)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var answer = TextNormalizer.NormalizeAnswer(text);
        if (answer.Length == 0 || choices.Count == 0)
        {
            return null;
        }
        var index = ByNumber(answer, choices.Count) ?? ByExactText(answer, choices);
        if (index is null)
        {
            // Read once: the synonym and containment steps both go through every choice's words.
            var synonyms = choices.Select(choice => SynonymsOf(choice, words, locale).ToList()).ToList();
            index = BySynonym(answer, synonyms) ?? ByContainment(answer, choices, synonyms);
        }
        return index is { } found ? new FoundChoice { Value = choices[found].Value, Index = found } : null;
    }

    /// <summary>Whether an answer (normalised) is exactly one of the choice's terms: its value, title or a synonym.</summary>
    internal static bool IsTermOf(Choice choice, string normalizedAnswer, IChoiceWords? words, string locale) =>
        TermsOf(choice, SynonymsOf(choice, words, locale)).Contains(normalizedAnswer, StringComparer.Ordinal);

    /// <summary>The words that mean a choice besides its value and title: its own synonyms, then its word lists' words.</summary>
    private static IEnumerable<string> SynonymsOf(Choice choice, IChoiceWords? words, string locale)
    {
        if (choice.Words is not { Count: > 0 } keys)
        {
            return choice.Synonyms;
        }
        if (words is null)
        {
            throw new InvalidOperationException($"The choice '{choice.Value}' names word lists, and its prompt was given no {nameof(IChoiceWords)} to read them.");
        }
        return choice.Synonyms.Concat(keys.SelectMany(key => words.Of(locale, key)));
    }

    private static int? ByNumber(string answer, int count)
    {
        int? number = null;
        if (ArabicNumber.Match(answer) is { Success: true } arabic)
        {
            number = int.Parse(arabic.Groups["n"].Value, CultureInfo.InvariantCulture);
        }
        else if (NumeralNumber.Match(answer) is { Success: true } chinese)
        {
            number = Numerals.Read(chinese.Groups["n"].Value);
        }
        else if (Ordinal.Match(answer) is { Success: true } ordinal)
        {
            number = Array.IndexOf(Ordinals, ordinal.Groups["n"].Value) + 1;
        }
        return number is >= 1 && number <= count ? number - 1 : null;
    }

    private static int? ByExactText(string answer, IList<Choice> choices) =>
        FirstIndex(choices, choice => Same(choice.Value, answer) || Same(choice.ActionTitle, answer));

    private static int? BySynonym(string answer, List<List<string>> synonyms)
    {
        var index = synonyms.FindIndex(words => words.Any(synonym => Same(synonym, answer)));
        return index >= 0 ? index : null;
    }

    // The answer names a choice ("消防通道被堵了" → "消防通道"): the longest name found wins, a tie is no match.
    // Otherwise the answer is part of one choice's name ("通道" → "消防通道"), and of that choice only.
    private static int? ByContainment(string answer, IList<Choice> choices, List<List<string>> synonyms)
    {
        var named = choices
            .Select((choice, index) => (index, length: TermsOf(choice, synonyms[index]).Where(answer.Contains).Select(term => term.Length).DefaultIfEmpty(0).Max()))
            .Where(match => match.length > 0)
            .OrderByDescending(match => match.length)
            .ToList();
        if (named.Count > 0)
        {
            return named.Count == 1 || named[0].length > named[1].length ? named[0].index : null;
        }
        if (answer.Length < 2 && !ChineseCharacters.Is(answer[0]))
        {
            return null;
        }
        var partOf = choices
            .Select((choice, index) => (choice, index))
            .Where(pair => TermsOf(pair.choice, synonyms[pair.index]).Any(term => term.Contains(answer, StringComparison.Ordinal)))
            .Select(pair => pair.index)
            .ToList();
        return partOf.Count == 1 ? partOf[0] : null;
    }

    private static IEnumerable<string> TermsOf(Choice choice, IEnumerable<string> synonyms) =>
        new[] { choice.Value, choice.ActionTitle }.Concat(synonyms)
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
}
