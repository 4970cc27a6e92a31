using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ZoneBot.Domain;

/// <summary>
/// The safety inspections: the <c>Inspections</c> section of appsettings.json. Two cycles a year (first and
/// second half unless configured, as MM-dd), extra inspections a year by firm colour (red and orange firms
/// are inspected more often), and the working days a firm has to rectify a hazard, by level and colour.
/// </summary>
public sealed class InspectionOptions : IValidatableObject
{
    public const string Section = "Inspections";

    /// <summary>The first cycle's window, MM-dd to MM-dd.</summary>
    public string FirstCycleStart { get; set; } = "01-01";

    public string FirstCycleEnd { get; set; } = "06-30";

    public string SecondCycleStart { get; set; } = "07-01";

    public string SecondCycleEnd { get; set; } = "12-31";

    /// <summary>Inspections a year beyond the two cycles, by colour code (red, orange, ...); spread evenly over the year.</summary>
    public Dictionary<string, int> ExtraPerYear { get; set; } = new() { ["red"] = 2, ["orange"] = 1 };

    /// <summary>Working days to rectify a general hazard, by colour (red shortest).</summary>
    public RectificationDays General { get; set; } = new() { Green = 15, Yellow = 10, Orange = 7, Red = 5 };

    /// <summary>Working days to rectify a major hazard (重大隐患), by colour.</summary>
    public RectificationDays Major { get; set; } = new() { Green = 7, Yellow = 5, Orange = 3, Red = 2 };

    /// <summary>The longest deadline an officer may set, or a firm ask for with an extension, in days.</summary>
    [Range(1, 365)]
    public int MaxDays { get; set; } = 60;

    public RectificationDays For(HazardLevel level) => level == HazardLevel.Major ? Major : General;

    public int ExtraFor(FirmColour colour) => ExtraPerYear.GetValueOrDefault(colour.Code);

    /// <summary>The window of cycle 1 or 2 in <paramref name="year"/>.</summary>
    public (DateOnly From, DateOnly To) Cycle(int year, int cycle) => cycle == 1
        ? (Day(year, FirstCycleStart), Day(year, FirstCycleEnd))
        : (Day(year, SecondCycleStart), Day(year, SecondCycleEnd));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[]
        {
            (nameof(FirstCycleStart), FirstCycleStart), (nameof(FirstCycleEnd), FirstCycleEnd),
            (nameof(SecondCycleStart), SecondCycleStart), (nameof(SecondCycleEnd), SecondCycleEnd),
        })
        {
            if (!TryDay(2027, value, out _))
            {
                yield return new ValidationResult($"{Section}:{name} '{value}' is not a day written MM-dd.");
            }
        }
        if (TryDay(2027, FirstCycleStart, out var a) && TryDay(2027, FirstCycleEnd, out var b)
            && TryDay(2027, SecondCycleStart, out var c) && TryDay(2027, SecondCycleEnd, out var d) && !(a <= b && b < c && c <= d))
        {
            yield return new ValidationResult($"{Section}: the first cycle must end before the second starts, each ending after it starts.");
        }
        foreach (var (code, extra) in ExtraPerYear)
        {
            if (!FirmColour.TryFromCode(code, out _))
            {
                yield return new ValidationResult($"{Section}:ExtraPerYear: '{code}' is not a colour (green, yellow, orange, red).");
            }
            else if (extra is < 0 or > 12)
            {
                yield return new ValidationResult($"{Section}:ExtraPerYear:{code} must be from 0 to 12.");
            }
        }
        foreach (var (name, days) in new[] { (nameof(General), General), (nameof(Major), Major) })
        {
            var all = new[] { days.Green, days.Yellow, days.Orange, days.Red };
            if (all.Any(value => value is < 1 or > 365))
            {
                yield return new ValidationResult($"{Section}:{name}: every colour needs from 1 to 365 days.");
            }
            else if (!(days.Green >= days.Yellow && days.Yellow >= days.Orange && days.Orange >= days.Red))
            {
                yield return new ValidationResult($"{Section}:{name}: a stricter colour cannot get more days (red is strictest).");
            }
        }
    }

    private static DateOnly Day(int year, string monthDay) =>
        TryDay(year, monthDay, out var day) ? day : throw new FormatException($"Not a day written MM-dd: '{monthDay}'.");

    // 02-29 in a year without it is the 28th.
    private static bool TryDay(int year, string? monthDay, out DateOnly day)
    {
        day = default;
        if (monthDay is not { Length: 5 } || monthDay[2] != '-'
            || !int.TryParse(monthDay[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(monthDay[3..], NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth)
            || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(2028, month))
        {
            return false;
        }
        day = new DateOnly(year, month, Math.Min(dayOfMonth, DateTime.DaysInMonth(year, month)));
        return true;
    }
}

/// <summary>Working days to rectify, by firm colour.</summary>
public sealed class RectificationDays
{
    public int Green { get; set; }

    public int Yellow { get; set; }

    public int Orange { get; set; }

    public int Red { get; set; }

    public int For(FirmColour colour) => colour switch
    {
        FirmColour.Green => Green,
        FirmColour.Yellow => Yellow,
        FirmColour.Orange => Orange,
        _ => Red,
    };
}
