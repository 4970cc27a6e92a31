namespace ZoneBot.Domain;

/// <summary>A volunteer's sign-up for one team; one per volunteer and team.</summary>
/// <param name="Availability">When they can help, normalised (see <see cref="ZoneBot.Domain.Availability"/>), e.g. weekends,evenings.</param>
/// <param name="PartyMember">Their answer on party membership; null when the team does not ask.</param>
public sealed record VolunteerMembership(
    long Id,
    long VolunteerId,
    long TeamId,
    string Availability,
    bool? PartyMember,
    DateTimeOffset JoinedAt);
