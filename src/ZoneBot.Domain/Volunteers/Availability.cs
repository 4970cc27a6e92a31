using System.Text;

namespace ZoneBot.Domain;

/// <summary>
/// A volunteer's availability: read from their own words ("周末和晚上", "平时下班后", "都可以",
/// "weekends") and stored normalised as codes in a fixed order ("weekends,evenings").
/// </summary>
public static class Availability
{
    public const char Separator = ',';

    private static readonly (string Word, AvailabilitySlot Slot)[] Words =
    [
        .. Slot(AvailabilitySlot.Weekdays, "工作日", "平时", "平日", "周一到周五", "周一至周五", "星期一到星期五", "礼拜一到礼拜五", "weekday", "working day"),
        .. Slot(AvailabilitySlot.Weekends, "周末", "双休", "休息日", "节假日", "假日", "周六", "周日", "周天", "星期六", "星期日", "星期天",
            "礼拜六", "礼拜天", "礼拜日", "weekend", "saturday", "sunday", "holiday"),
        .. Slot(AvailabilitySlot.Evenings, "晚上", "晚间", "夜间", "夜里", "傍晚", "下班后", "下班以后", "evening", "night", "after work"),
    ];

    // Every slot, unless the text also names some: "周六周日都行" is the weekend.
    private static readonly string[] AnyTime =
        ["都可以", "都行", "都有空", "随时", "任何时间", "什么时候都", "不限", "全部", "any time", "anytime", "whenever", "all of them", "always"];

    /// <summary>The slots the text names, in their fixed order; empty when it names none.</summary>
    public static IReadOnlyList<AvailabilitySlot> Parse(string? text)
    {
        var folded = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        IReadOnlyList<AvailabilitySlot> named = [.. Words.Where(word => folded.Contains(word.Word, StringComparison.Ordinal)).Select(word => word.Slot).Distinct().Order()];
        return named.Count > 0 || !AnyTime.Any(word => folded.Contains(word, StringComparison.Ordinal)) ? named : Enum.GetValues<AvailabilitySlot>();
    }

    /// <summary>"weekends,evenings": distinct, in the enum's order, so equal sets store equal text.</summary>
    public static string ToCodes(IEnumerable<AvailabilitySlot> slots) =>
        string.Join(Separator, slots.Distinct().Order().Select(slot => slot.Code));

    /// <summary>The slots of stored codes; an unknown code (from a newer version) is skipped.</summary>
    public static IReadOnlyList<AvailabilitySlot> FromCodes(string? codes) =>
        [.. (codes ?? string.Empty).Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => AvailabilitySlot.TryFromCode(code, out var slot) ? slot : (AvailabilitySlot?)null)
            .OfType<AvailabilitySlot>()
            .Distinct()
            .Order()];

    /// <summary>"周末、晚上", for rosters and alerts.</summary>
    public static string ChineseNames(string? codes) => string.Join("、", FromCodes(codes).Select(slot => slot.ChineseName));

    private static IEnumerable<(string, AvailabilitySlot)> Slot(AvailabilitySlot slot, params string[] words) =>
        words.Select(word => (word, slot));
}
