namespace ZoneBot.Dialogs.Core;

/// <summary>
/// The yes and no words of a confirm prompt (<see cref="PromptWords"/>), every locale's together: people
/// mix them (ok, 好的). The global cancel word is not a no (<see cref="InterruptionPhrases"/>).
/// </summary>
public static class ConfirmWords
{
    public static IReadOnlySet<string> Yes { get; } = Set(PromptWords.All("confirm.yes"));

    public static IReadOnlySet<string> No { get; } = Set(PromptWords.All("confirm.no"));

    /// <summary>True for yes, false for no, null when the answer is neither (or both).</summary>
    public static bool? Recognize(string? text, string? yesLabel = null, string? noLabel = null)
    {
        var answer = TextNormalizer.NormalizeAnswer(text);
        if (answer.Length == 0)
        {
            return null;
        }
        var whole = Match(answer, yesLabel, noLabel);
        if (whole is not null)
        {
            return whole;
        }
        // "好的，谢谢" / "no, thanks": the first part decides.
        var first = answer.Split([',', '，', '、', ' ', '!', '。', '.'], 2, StringSplitOptions.RemoveEmptyEntries);
        return first.Length == 2 ? Match(first[0], yesLabel, noLabel) : null;
    }

    private static bool? Match(string answer, string? yesLabel, string? noLabel)
    {
        var yes = Yes.Contains(answer) || Same(yesLabel, answer);
        var no = No.Contains(answer) || Same(noLabel, answer);
        return yes == no ? null : yes;
    }

    private static bool Same(string? label, string answer) =>
        label is not null && TextNormalizer.NormalizeAnswer(label) == answer;

    private static HashSet<string> Set(IEnumerable<string> words) =>
        words.Select(TextNormalizer.NormalizeAnswer).ToHashSet(StringComparer.Ordinal);
}
