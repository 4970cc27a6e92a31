using System.Globalization;
using ZoneBot.Data.WeCom;

namespace ZoneBot.WeCom.Callbacks;

/// <summary>A number typed back after numbered choices picks that choice, as a tap on a button would.</summary>
public static class OfferedChoice
{
    /// <returns>The chosen action's value; the text itself when it is not the number of one of <paramref name="offered"/>.</returns>
    public static string Resolve(string text, IReadOnlyList<OfferedAction> offered)
    {
        var trimmed = text.Trim();
        // Full-width digits (１２) are what Chinese keyboards often give.
        var digits = trimmed.Normalize(System.Text.NormalizationForm.FormKC);
        return offered.Count > 0 && digits.Length is > 0 and <= 3
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= offered.Count
            ? offered[number - 1].Value
            : text;
    }
}
