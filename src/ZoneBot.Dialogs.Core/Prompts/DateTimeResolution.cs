namespace ZoneBot.Dialogs.Core;

/// <summary>
/// One meaning of a date or time the user gave, in the bot's local time. A point in time has
/// <see cref="Value"/>; a range ("下周一上午", "next week") has <see cref="Start"/> and <see cref="End"/>.
/// </summary>
public sealed class DateTimeResolution
{
    /// <summary>The TIMEX expression of what was said, e.g. "2026-11-27T15", "XXXX-11-30T09:00", "T15".</summary>
    public string Timex { get; set; } = string.Empty;

    /// <summary>The recognizer's kind: date, time, datetime, daterange, timerange or datetimerange.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The moment (a date alone at midnight); a time alone is its next occurrence.</summary>
    public DateTime? Value { get; set; }

    public DateTime? Start { get; set; }

    public DateTime? End { get; set; }

    public override string ToString() =>
        Value is { } value ? $"{Type} {Timex} {value:yyyy-MM-dd HH:mm}" : $"{Type} {Timex} {Start:yyyy-MM-dd HH:mm}..{End:yyyy-MM-dd HH:mm}";
}
