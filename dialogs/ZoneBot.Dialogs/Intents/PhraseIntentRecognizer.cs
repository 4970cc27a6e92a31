using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Localization;

namespace ZoneBot.Dialogs.Intents;

/// <summary>
/// Finds the intent of a message from the phrase lists in <c>Phrases/{locale}.json</c>:
/// a message equal to a phrase wins outright; otherwise the longest phrase the message contains,
/// so "查询工单" is not taken for a shorter phrase of another intent. Greetings and courtesies
/// (<see cref="IsCourtesy"/>) only count when nothing else does: "你好，我要报事" is 报事; and inside a
/// longer message only when it is short ("好的谢谢"), since "好" is in "好几天".
/// </summary>
public sealed class PhraseIntentRecognizer
{
    // Per chat locale: its own phrases first, then the other locale's (a Chinese phrase typed in an
    // English chat still means what it says), each list longest phrase first.
    private readonly Dictionary<string, List<(string Phrase, Intent Intent)>> _phrasesFor;

    public PhraseIntentRecognizer()
    {
        var byLocale = JsonTextLocalizer.SupportedLocales.ToDictionary(
            locale => locale,
            locale => EmbeddedJson.Read<Dictionary<string, string[]>>($"Phrases.{locale}.json")
                .SelectMany(entry => entry.Value.Select(phrase => (TextNormalizer.Normalize(phrase), ParseIntent(entry.Key))))
                .OrderByDescending(pair => pair.Item1.Length)
                .ToList());
        _phrasesFor = byLocale.ToDictionary(
            own => own.Key,
            own => own.Value.Concat(byLocale.Where(other => other.Key != own.Key).SelectMany(other => other.Value)).ToList());
    }

    public Intent Recognize(string? text, string? locale)
    {
        var message = TextNormalizer.Normalize(text);
        if (message.Length == 0)
        {
            return Intent.None;
        }
        var phrases = _phrasesFor[Locales.Resolve(locale)];
        var exact = phrases.FirstOrDefault(pair => pair.Phrase == message);
        if (exact.Intent != Intent.None)
        {
            return exact.Intent;
        }
        return phrases
            .Where(pair => message.Contains(pair.Phrase, StringComparison.Ordinal))
            .Where(pair => !IsCourtesy(pair.Intent) || message.Length <= pair.Phrase.Length + ShortMessageSlack)
            .OrderBy(pair => IsCourtesy(pair.Intent))
            .ThenByDescending(pair => pair.Phrase.Length)
            .Select(pair => pair.Intent)
            .FirstOrDefault();
    }

    /// <summary>
    /// What the message says beyond the longest phrase of <paramref name="intent"/> it starts with:
    /// 企业验证码 永盛灯具 gives 永盛灯具. The message itself (trimmed) when it starts with none.
    /// </summary>
    public string After(string? text, Intent intent, string? locale)
    {
        var message = (text ?? string.Empty).Trim();
        var normalised = TextNormalizer.Normalize(message);
        var phrase = _phrasesFor[Locales.Resolve(locale)]
            .Where(pair => pair.Intent == intent && normalised.StartsWith(pair.Phrase, StringComparison.Ordinal))
            .Select(pair => pair.Phrase)
            .FirstOrDefault();
        if (phrase is null)
        {
            return message;
        }
        // The phrase was matched on the normalised text: cut the shortest start of the message that normalises to it.
        var cut = 1;
        while (cut < message.Length && TextNormalizer.Normalize(message[..cut]) != phrase)
        {
            cut++;
        }
        return message[cut..].Trim(' ', '　', ':', '：', ',', '，');
    }

    /// <summary>A greeting or courtesy: the menu, thanks, goodbye, "好的".</summary>
    public static bool IsCourtesy(Intent intent) => intent is Intent.Menu or Intent.Thanks or Intent.Goodbye or Intent.Acknowledge;

    private const int ShortMessageSlack = 4;

    private static Intent ParseIntent(string key) =>
        Enum.TryParse<Intent>(key, ignoreCase: true, out var intent)
            ? intent
            : throw new InvalidOperationException($"Unknown intent '{key}' in a phrase file.");
}
