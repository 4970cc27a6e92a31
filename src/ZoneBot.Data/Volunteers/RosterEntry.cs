
namespace ZoneBot.Data.Volunteers;

/// <summary>One member of a team, as the team leader's roster lists them: phone in full.</summary>
public sealed class RosterEntry
{
    public string Name { get; init; } = string.Empty;

    public string Phone { get; init; } = string.Empty;

    public string? EmployerName { get; init; }

    /// <summary>Normalised codes, e.g. weekends,evenings.</summary>
    public string Availability { get; init; } = string.Empty;

    public bool? PartyMember { get; init; }

    public DateTimeOffset JoinedAt { get; init; }

    public DateTimeOffset ConsentAt { get; init; }
}
