using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ZoneBot.Domain;

/// <summary>
/// The zone's working time (<c>Deadlines:WorkingTime</c>): the working days of an ordinary week and the
/// working periods of a day ("08:30-12:00"), in the zone's time. Public holidays and adjusted working days
/// come from <see cref="PublicHolidays"/>.
/// </summary>
public sealed class WorkingTimeOptions : IValidatableObject
{
    private static readonly DayOfWeek[] DefaultDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly string[] DefaultPeriods = ["08:30-12:00", "13:30-17:30"];

    // Null until configured: the configuration binder adds to a collection it reads rather than replacing it.
    /// <summary>Monday to Friday unless configured (<see cref="WorkingDays"/>).</summary>
    public DayOfWeek[]? Days { get; set; }

    /// <summary>08:30-12:00 and 13:30-17:30 unless configured.</summary>
    public string[]? Periods { get; set; }

    public IReadOnlyList<DayOfWeek> WorkingDays => Days is { Length: > 0 } ? Days : DefaultDays;

    private string[] WorkingPeriods => Periods is { Length: > 0 } ? Periods : DefaultPeriods;

    /// <summary>The periods as times of day, in order; throws on a period that does not parse.</summary>
    public IReadOnlyList<(TimeSpan From, TimeSpan To)> ParsedPeriods() =>
        [.. WorkingPeriods.Select(period => TryParse(period, out var parsed) ? parsed : throw new FormatException($"Not a period: '{period}'.")).OrderBy(period => period.From)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        const string name = DeadlineOptions.Section + ":WorkingTime";
        var parsed = new List<(TimeSpan From, TimeSpan To)>();
        foreach (var period in WorkingPeriods)
        {
            if (TryParse(period, out var value))
            {
                parsed.Add(value);
            }
            else
            {
                yield return new ValidationResult($"{name}:Periods: '{period}' is not HH:mm-HH:mm with the start before the end.");
            }
        }
        var ordered = parsed.OrderBy(period => period.From).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].From < ordered[i - 1].To)
            {
                yield return new ValidationResult($"{name}:Periods: periods must not overlap.");
            }
        }
    }

    private static bool TryParse(string? period, out (TimeSpan From, TimeSpan To) parsed)
    {
        parsed = default;
        var parts = (period ?? string.Empty).Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && from < to)
        {
            parsed = (from.ToTimeSpan(), to.ToTimeSpan());
            return true;
        }
        return false;
    }
}
