namespace ZoneBot.Data.Volunteers;

/// <summary>One team a chat user has joined, with the personal data they gave: shown only to them.</summary>
public sealed class MyMembership
{
    public long MembershipId { get; init; }

    public long VolunteerId { get; init; }

    public long TeamId { get; init; }

    public string TeamCode { get; init; } = string.Empty;

    public string TeamName { get; init; } = string.Empty;

    public string VolunteerName { get; init; } = string.Empty;

    /// <summary>In full: its owner is the one who sees it.</summary>
    public string Phone { get; init; } = string.Empty;

    public string? EmployerName { get; init; }

    /// <summary>Normalised codes, e.g. weekends,evenings.</summary>
    public string Availability { get; init; } = string.Empty;

    public DateTimeOffset JoinedAt { get; init; }
}
