
namespace ZoneBot.Data.Volunteers;

/// <summary>What a confirmed sign-up stores: the person (found by phone or created) and their membership of one team.</summary>
/// <param name="Phone">Digits only (the phone prompt's result); it identifies the person.</param>
/// <param name="Availability">Normalised codes (<see cref="ZoneBot.Domain.Availability.ToCodes"/>).</param>
/// <param name="PartyMember">The answer on party membership; null when the team does not ask.</param>
/// <param name="ChannelId">The chat user who signed up, so that 我的报名 finds it.</param>
/// <param name="ConsentAt">When they agreed to what is collected and why.</param>
public sealed record VolunteerSignUp(
    long TeamId,
    string Name,
    string Phone,
    long? EmployerFirmId,
    string Availability,
    bool? PartyMember,
    string? ChannelId,
    string? UserId,
    DateTimeOffset ConsentAt);
