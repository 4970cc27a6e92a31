using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace ZoneBot.Domain;

/// <summary>
/// A Chinese phone number: a mobile or a landline with its area code, as libphonenumber validates
/// them (its metadata knows which prefixes and lengths exist). Kept as national digits, the way the
/// zone writes and stores them: <c>13805741234</c>, <c>057463012345</c>. Written with spaces, dashes,
/// brackets, full-width digits, +86 or 0086 as people do; a number of another country is not one.
/// </summary>
public readonly partial record struct PhoneNumber
{
    private const string Region = "CN";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private PhoneNumber(string digits, bool isMobile)
    {
        Digits = digits;
        IsMobile = isMobile;
    }

    /// <summary>The national digits: a mobile's 11, a landline's with the 0 of its area code.</summary>
    public string Digits { get; }

    public bool IsMobile { get; }

    /// <summary>The number in <paramref name="text"/>, which holds nothing else; false when it is no valid Chinese number.</summary>
    public static bool TryParse(string? text, out PhoneNumber phone)
    {
        phone = default;
        var folded = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();
        if (!Shape().IsMatch(folded))
        {
            return false;
        }
        PhoneNumbers.PhoneNumber parsed;
        try
        {
            parsed = Util.Parse(folded, Region);
        }
        catch (NumberParseException)
        {
            return false;
        }
        if (!Util.IsValidNumberForRegion(parsed, Region))
        {
            return false;
        }
        var type = Util.GetNumberType(parsed);
        if (type is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
        {
            return false;
        }
        var national = Util.GetNationalSignificantNumber(parsed);
        var isMobile = type == PhoneNumberType.MOBILE;
        phone = new PhoneNumber(isMobile ? national : "0" + national, isMobile);
        return true;
    }

    /// <summary>The number, or null when <paramref name="text"/> is no valid Chinese number.</summary>
    public static PhoneNumber? Parse(string? text) => TryParse(text, out var phone) ? phone : null;

    public override string ToString() => Digits;

    // Digits, spaces, dashes, dots and brackets, with a leading + at most: not a sentence with a number in it.
    [GeneratedRegex(@"^\+?[\d\s\-().]+$")]
    private static partial Regex Shape();
}
