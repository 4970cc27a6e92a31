namespace ZoneBot.Domain;

/// <summary>
/// A volunteer's availability, stored normalised as codes in a fixed order ("weekends,evenings"); the
/// dialogs read it from the volunteer's own words (their word lists are data).
/// </summary>
public static class Availability
{
    public const char Separator = ',';

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

}
