namespace ZoneBot.Domain;

/// <summary>
/// A phone number as shown to anyone but its owner and the responsible officer, and in logs:
/// the first three and last four digits (138****1234), enough to tell numbers apart.
/// </summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        var text = phone?.Trim() ?? string.Empty;
        if (text.Length <= 4)
        {
            return new string('*', text.Length);
        }

        // Short numbers keep only their last digits visible.
        var shown = text.Length >= 11 ? 3 : 0;
        return string.Concat(text.AsSpan(0, shown), new string('*', text.Length - shown - 4), text.AsSpan(text.Length - 4));
    }
}
