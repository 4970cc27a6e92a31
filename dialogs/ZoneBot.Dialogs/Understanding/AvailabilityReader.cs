using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Understanding;

/// <summary>
/// A volunteer's availability read from their own words: each slot's words (<c>availability.{code}</c>
/// in Entities), or the words for any time (<c>availability.any</c>), which count only when no slot is named.
/// </summary>
public sealed class AvailabilityReader(EntityWords words)
{
    /// <summary>The slots the text names, in their fixed order; empty when it names none.</summary>
    public IReadOnlyList<AvailabilitySlot> Parse(string? text, string locale = Locales.Chinese)
    {
        var folded = TextNormalizer.Normalize(text);
        if (folded.Length == 0)
        {
            return [];
        }
        IReadOnlyList<AvailabilitySlot> named = [.. Enum.GetValues<AvailabilitySlot>()
            .Where(slot => words.FirstIn(folded, locale, "availability." + slot.Code) is not null)];
        return named.Count > 0 || words.FirstIn(folded, locale, "availability.any") is null ? named : Enum.GetValues<AvailabilitySlot>();
    }
}
