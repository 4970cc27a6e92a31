using ZoneBot.Dialogs.Localization;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Dialogs.Understanding.Recognizers;

namespace ZoneBot.Dialogs.Tests.Understanding;

/// <summary>The recognizers that need no database, built once from the real word lists, and a fixed "now" in the zone.</summary>
internal static class Recognizers
{
    public static readonly DateTime ZoneNow = new(2026, 12, 1, 9, 30, 0);

    public static readonly EntityWords Words = new();

    public static readonly JsonTextLocalizer Texts = new();

    public static readonly PersonPatterns People = new(Words);

    public static readonly LocationRecognizer Location = new(Words);

    public static readonly VisitTimeRecognizer VisitTime = new(Words, Location);

    public static readonly CategoryRecognizer Category = new(Words, Texts);

    public static readonly PersonNameRecognizer PersonName = new(People, Words);

    public static readonly ContactRecognizer Contact = new(People, Texts);

    public static Utterance Say(string text, string locale = "zh-CN") => new(text, locale, ZoneNow);

    /// <summary>The facts of one recognizer alone.</summary>
    public static MessageFacts Read(IEntityRecognizer recognizer, string text, string locale = "zh-CN")
    {
        var facts = new MessageFacts();
        recognizer.RecognizeAsync(Say(text, locale), facts, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return facts;
    }
}
