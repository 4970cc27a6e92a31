using System.Globalization;

namespace ZoneBot.Domain;

/// <summary>
/// Ticket numbers: ZB-yyyyMMdd-NNNN, the zone's date (<see cref="ZoneTime"/>) and a gap-free
/// sequence within that day. People read them out on the phone, so they stay short.
/// </summary>
public static class TicketNumber
{
    public const string Prefix = "ZB";

    /// <summary>The number of the <paramref name="sequence"/>th ticket of <paramref name="day"/>.
    /// A day past 9999 tickets gets five digits rather than failing.</summary>
    public static string Format(DateOnly day, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{day:yyyyMMdd}-{sequence:D4}");
    }

    /// <summary>Reads a number as people type it: any case, surrounding spaces.</summary>
    public static bool TryParse(string? text, out DateOnly day, out int sequence)
    {
        day = default;
        sequence = 0;
        var parts = (text ?? string.Empty).Trim().Split('-');
        var ok = parts.Length == 3
            && string.Equals(parts[0], Prefix, StringComparison.OrdinalIgnoreCase)
            && parts[1].Length == 8
            && DateOnly.TryParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            && parts[2].Length >= 4
            && parts[2].All(char.IsAsciiDigit)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence >= 1;
        if (!ok)
        {
            (day, sequence) = (default, 0);
        }

        return ok;
    }
}
