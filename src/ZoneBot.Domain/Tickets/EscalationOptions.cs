using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Domain;

/// <summary>
/// The deadlines watch: the <c>Escalation</c> section of appsettings.json. A ticket past a deadline is
/// escalated to its community's secretary at once, and to the administrators when it is still
/// overdue AdminDelayHours after that; each level once per deadline.
/// </summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>How often the watch looks for overdue tickets.</summary>
    [Range(0.01, 1440)]
    public double SweepMinutes { get; set; } = 5;

    [Range(0, 720)]
    public double AdminDelayHours { get; set; } = 24;

    public TimeSpan SweepInterval => TimeSpan.FromMinutes(SweepMinutes);

    public TimeSpan AdminDelay => TimeSpan.FromHours(AdminDelayHours);
}
