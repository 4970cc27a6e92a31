using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace ZoneBot.Dialogs.Core;

/// <summary>
/// Finds a Chinese phone number in text and returns its digits: a mobile (11 digits, 1[3-9]…) or a
/// landline (0, a 2–3 digit area code, 7–8 digits), in any common spacing, with or without +86,
/// full-width digits and brackets included. The sequence recognizer finds candidates; it accepts far
/// more than Chinese numbers, so each candidate is then checked here.
/// </summary>
public static partial class PhoneNumbers
{
    /// <summary>The normalised digits ("13805741234", "057463012345"), or null when there is no valid number.</summary>
    public static string? Find(string? text)
    {
        var folded = TextNormalizer.Normalize(text);
        if (folded.Length == 0)
        {
            return null;
        }
        var candidates = RecognizerCultures.Invariant(() => SequenceRecognizer.RecognizePhoneNumber(folded, Culture.Chinese))
            .Select(result => result.Text)
            .Append(folded); // the whole answer, in case the recognizer missed a plain well-formed number
        return candidates
            .Where(candidate => PhoneShape().IsMatch(candidate))
            .Select(Normalise)
            .FirstOrDefault(IsValid);
    }

    /// <summary>True for an 11-digit mobile or a landline with its area code, digits only, no country code.</summary>
    public static bool IsValid(string? digits) =>
        digits is not null && (Mobile().IsMatch(digits) || Landline().IsMatch(digits));

    private static string Normalise(string candidate)
    {
        var digits = NonDigit().Replace(candidate, string.Empty);
        var international = candidate.TrimStart().StartsWith('+') || digits.StartsWith("0086", StringComparison.Ordinal);
        if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.StartsWith("86", StringComparison.Ordinal) && (international || digits.Length == 13))
        {
            digits = digits[2..];
        }
        // +86 574 63012345: a landline written internationally drops the leading 0 of its area code.
        if (international && digits.Length > 0 && digits[0] != '0' && !Mobile().IsMatch(digits))
        {
            digits = "0" + digits;
        }
        return digits;
    }

    [GeneratedRegex(@"^\+?[\d\s\-()]+$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex(@"\D")]
    private static partial Regex NonDigit();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^0[1-9]\d{1,2}\d{7,8}$")]
    private static partial Regex Landline();
}
