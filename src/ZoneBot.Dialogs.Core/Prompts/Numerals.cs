using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// A whole number written as a numeral, Chinese or Arabic (十二, 两, 二十三, 3, ３), read by the
/// Recognizers' NumberRecognizer: the one reader of Chinese numerals for choices and grid numbers.
/// </summary>
public static class Numerals
{
    // Built once: the static RecognizeNumber builds a new recognizer, and registers all its models, at every call.
    private static readonly NumberRecognizer Numbers = RecognizerCultures.Invariant(() => new NumberRecognizer(NumberOptions.None));

    /// <summary>The number when the whole text is one numeral; null otherwise (and for fractions).</summary>
    public static int? Read(string? text)
    {
        var folded = TextNormalizer.Normalize(text);
        if (folded.Length == 0)
        {
            return null;
        }
        var whole = RecognizerCultures.Invariant(() => Numbers.GetNumberModel(Culture.Chinese).Parse(folded))
            .FirstOrDefault(result => result.Start == 0 && result.End == folded.Length - 1);
        return whole?.Resolution?.TryGetValue("value", out var raw) == true
            && int.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }
}
