using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Domain;

/// <summary>
/// How long officers have for a ticket: the <c>Deadlines</c> section of appsettings.json. Hours per
/// firm colour (red shortest), optional ceilings per category (keyed by its code, e.g. safety), and
/// a factor that shortens both deadlines of an urgent (紧急) ticket. A normal ticket's hours are working
/// hours of the zone's calendar (<see cref="WorkingTime"/>, public holidays excluded); an urgent ticket's,
/// and those of the categories in <see cref="ClockHourCategories"/>, are clock hours, nights and weekends
/// included: a blocked fire exit does not wait for Monday.
/// </summary>
public sealed class DeadlineOptions : IValidatableObject
{
    public const string Section = "Deadlines";

    public DeadlineHours Green { get; set; } = new() { ResponseHours = 24, HandleHours = 120 };

    public DeadlineHours Yellow { get; set; } = new() { ResponseHours = 12, HandleHours = 72 };

    public DeadlineHours Orange { get; set; } = new() { ResponseHours = 8, HandleHours = 48 };

    public DeadlineHours Red { get; set; } = new() { ResponseHours = 4, HandleHours = 24 };

    /// <summary>Ceilings by category code (safety, environment, ...); none by default.</summary>
    public Dictionary<string, CategoryDeadlineHours> Categories { get; set; } = [];

    /// <summary>Multiplies both deadlines of an urgent ticket: more than 0, at most 1.</summary>
    public double UrgentFactor { get; set; } = 0.5;

    /// <summary>Count normal tickets' hours in working time; false counts every ticket in clock hours.</summary>
    public bool WorkingHours { get; set; } = true;

    /// <summary>Urgent (紧急) tickets count clock hours.</summary>
    public bool UrgentInClockHours { get; set; } = true;

    /// <summary>Categories (by code) whose tickets count clock hours whatever their urgency; safety when not configured
    /// (null until then: the configuration binder adds to a collection it reads rather than replacing it).</summary>
    public string[]? ClockHourCategories { get; set; }

    private string[] ClockHourCategoryCodes => ClockHourCategories ?? ["safety"];

    public WorkingTimeOptions WorkingTime { get; set; } = new();

    /// <summary>Whether a ticket's hours are clock hours rather than working hours.</summary>
    public bool InClockHours(TicketCategory category, Urgency urgency) =>
        !WorkingHours
        || (urgency == Urgency.Urgent && UrgentInClockHours)
        || ClockHourCategoryCodes.Any(code => TicketCategory.TryFromCode(code, out var configured) && configured == category);

    public DeadlineHours For(FirmColour colour) => colour switch
    {
        FirmColour.Green => Green,
        FirmColour.Yellow => Yellow,
        FirmColour.Orange => Orange,
        FirmColour.Red => Red,
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, "Not a firm colour."),
    };

    /// <summary>The category's ceiling, when one is configured under its code.</summary>
    public CategoryDeadlineHours? For(TicketCategory category) =>
        Categories.FirstOrDefault(entry => TicketCategory.TryFromCode(entry.Key, out var configured) && configured == category).Value;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var colours = Enum.GetValues<FirmColour>();
        foreach (var colour in colours)
        {
            var hours = For(colour);
            var name = $"{Section}:{colour}";
            if (hours is null)
            {
                yield return new ValidationResult($"{name} is missing.");
                continue;
            }

            if (!IsPositive(hours.ResponseHours) || !IsPositive(hours.HandleHours))
            {
                yield return new ValidationResult($"{name}: ResponseHours and HandleHours must be positive.");
            }
            else if (hours.ResponseHours > hours.HandleHours)
            {
                yield return new ValidationResult($"{name}: the response cannot be due after the handling.");
            }
        }

        // Green, yellow, orange, red: each colour at most as long as the one before (red is strictest).
        for (var i = 1; i < colours.Length; i++)
        {
            var (laxer, stricter) = (For(colours[i - 1]), For(colours[i]));
            if (laxer is not null && stricter is not null
                && (stricter.ResponseHours > laxer.ResponseHours || stricter.HandleHours > laxer.HandleHours))
            {
                yield return new ValidationResult($"{Section}:{colours[i]} cannot give more hours than {Section}:{colours[i - 1]}.");
            }
        }

        foreach (var (code, ceiling) in Categories)
        {
            var name = $"{Section}:Categories:{code}";
            if (!TicketCategory.TryFromCode(code, out _))
            {
                yield return new ValidationResult($"{name}: not a category code (party_building, safety, environment, social_affairs, enterprise_service, other).");
            }
            else if (ceiling is null || (ceiling.ResponseHours is null && ceiling.HandleHours is null))
            {
                yield return new ValidationResult($"{name}: give ResponseHours, HandleHours or both.");
            }
            else if ((ceiling.ResponseHours is { } response && !IsPositive(response)) || (ceiling.HandleHours is { } handle && !IsPositive(handle)))
            {
                yield return new ValidationResult($"{name}: hours must be positive.");
            }
        }

        if (!(UrgentFactor > 0 && UrgentFactor <= 1))
        {
            yield return new ValidationResult($"{Section}:UrgentFactor must be more than 0 and at most 1.");
        }

        foreach (var code in ClockHourCategoryCodes.Where(code => !TicketCategory.TryFromCode(code, out _)))
        {
            yield return new ValidationResult($"{Section}:ClockHourCategories: '{code}' is not a category code.");
        }

        foreach (var problem in (WorkingTime ?? new()).Validate(validationContext))
        {
            yield return problem;
        }
    }

    private static bool IsPositive(double hours) => hours > 0 && double.IsFinite(hours);
}
