namespace ZoneBot.Dialogs.Core;

/// <summary>
/// The whole messages that mean cancel, help or restart in one locale. Matched on the whole trimmed
/// message, case- and width-insensitive ("？" is "?", "ＣＡＮＣＥＬ" is "cancel"), so "取消" cancels but
/// "取消预约的那个工单" is an answer.
/// </summary>
public sealed class InterruptionPhrases
{
    private readonly HashSet<string> _cancel;
    private readonly HashSet<string> _help;
    private readonly HashSet<string> _restart;

    public InterruptionPhrases(IEnumerable<string> cancel, IEnumerable<string> help, IEnumerable<string> restart)
    {
        _cancel = Normalized(cancel);
        _help = Normalized(help);
        _restart = Normalized(restart);
    }

    /// <summary>Chinese, with the English words Chinese users type as well (<see cref="PromptWords"/>).</summary>
    public static InterruptionPhrases Chinese { get; } = Of(Locales.Chinese);

    public static InterruptionPhrases English { get; } = Of(Locales.English);

    /// <summary>The defaults by locale (<see cref="Locales"/>).</summary>
    public static IReadOnlyDictionary<string, InterruptionPhrases> Defaults { get; } =
        new Dictionary<string, InterruptionPhrases> { [Locales.Chinese] = Chinese, [Locales.English] = English };

    public IReadOnlyCollection<string> Cancel => _cancel;

    public IReadOnlyCollection<string> Help => _help;

    public IReadOnlyCollection<string> Restart => _restart;

    public Interruption Match(string? text)
    {
        var message = TextNormalizer.Normalize(text);
        if (message.Length == 0)
        {
            return Interruption.None;
        }
        if (_cancel.Contains(message))
        {
            return Interruption.Cancel;
        }
        if (_restart.Contains(message))
        {
            return Interruption.Restart;
        }
        return _help.Contains(message) ? Interruption.Help : Interruption.None;
    }

    private static InterruptionPhrases Of(string locale) =>
        new(PromptWords.Of(locale, "cancel"), PromptWords.Of(locale, "help"), PromptWords.Of(locale, "restart"));

    private static HashSet<string> Normalized(IEnumerable<string> phrases) =>
        phrases.Select(TextNormalizer.Normalize).Where(phrase => phrase.Length > 0).ToHashSet(StringComparer.Ordinal);
}
