using System.Text.Json;

namespace ZoneBot.Domain;

/// <summary>
/// The State Council's public holidays (放假) and adjusted working days (调休上班), one data file per year
/// (<c>Calendar/Holidays/2026.json</c>, shipped inside the assembly). A year without a file has neither:
/// its weekdays are working days. A provisional file holds only the statutory holidays, until the year's
/// arrangement is published and replaces it.
/// </summary>
public sealed class PublicHolidays
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    public PublicHolidays(IEnumerable<HolidayYear> years)
    {
        var all = years.ToList();
        Years = [.. all.Select(year => year.Year).Order()];
        ProvisionalYears = [.. all.Where(year => year.Provisional).Select(year => year.Year).Order()];
        _holidays = [.. all.SelectMany(year => year.Holidays).SelectMany(holiday => Days(holiday.From, holiday.To))];
        _workdays = [.. all.SelectMany(year => year.Workdays)];
        if (_holidays.Overlaps(_workdays))
        {
            throw new InvalidOperationException("A day cannot be both a public holiday and an adjusted working day.");
        }
    }

    /// <summary>The files shipped with ZoneBot.</summary>
    public static PublicHolidays Shipped { get; } = new(ReadShipped());

    public IReadOnlyList<int> Years { get; }

    /// <summary>Years whose file holds only the statutory holidays, not yet the published arrangement.</summary>
    public IReadOnlyList<int> ProvisionalYears { get; }

    public bool IsHoliday(DateOnly day) => _holidays.Contains(day);

    /// <summary>A weekend day worked instead of a holiday (调休上班).</summary>
    public bool IsAdjustedWorkday(DateOnly day) => _workdays.Contains(day);

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static IEnumerable<HolidayYear> ReadShipped()
    {
        var assembly = typeof(PublicHolidays).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith("Holidays/", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            yield return JsonSerializer.Deserialize<HolidayYear>(stream, Json) ?? throw new InvalidDataException($"{name} is empty.");
        }
    }
}

/// <summary>One year's file: its holidays (named spans) and adjusted working days.</summary>
public sealed record HolidayYear(int Year, bool Provisional, string Source, IReadOnlyList<HolidaySpan> Holidays, IReadOnlyList<DateOnly> Workdays);

/// <summary>A holiday from one day to another, both included.</summary>
public sealed record HolidaySpan(string Name, DateOnly From, DateOnly To);
