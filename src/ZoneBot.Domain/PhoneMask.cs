namespace ZoneBot.Domain;

/// <summary>
/// A phone number as anyone but its owner (and the officers responsible) sees it, and as logs show
/// it: the first 3 and last 4 digits, "138****1234". Enough to tell two people apart, not to call them.
/// </summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        var digits = phone?.Trim() ?? string.Empty;
        return digits.Length >= 8 ? digits[..3] + "****" + digits[^4..] : "****";
    }
}
