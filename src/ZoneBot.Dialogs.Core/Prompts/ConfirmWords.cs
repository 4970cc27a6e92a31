namespace ZoneBot.Dialogs.Core;

/// <summary>
/// The yes and no words of a confirm prompt, Chinese and English together (people mix them: "ok", "好的").
/// "取消" is not a no: it is the global cancel (<see cref="InterruptionPhrases"/>).
/// </summary>
public static class ConfirmWords
{
    public static IReadOnlySet<string> Yes { get; } = Set(
        "是", "是的", "对", "对的", "好", "好的", "好滴", "好呀", "好啊", "可以", "行", "行的", "确认", "确定", "没问题",
        "嗯", "嗯嗯", "要", "需要", "同意", "当然", "ok", "okay", "o.k.", "yes", "y", "yeah", "yep", "yup", "sure", "of course", "correct", "right");

    public static IReadOnlySet<string> No { get; } = Set(
        "否", "不", "不是", "不是的", "不对", "不用", "不用了", "不要", "不要了", "不需要", "不行", "不可以", "不了", "没有", "算了",
        "no", "n", "nope", "nah", "not now", "no thanks", "no thank you");

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

    private static HashSet<string> Set(params string[] words) =>
        words.Select(TextNormalizer.NormalizeAnswer).ToHashSet(StringComparer.Ordinal);
}
