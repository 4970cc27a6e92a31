namespace ZoneBot.Domain;

/// <summary>
/// A person who signed up for one or more volunteer teams. The phone identifies the person; the
/// record is deleted when they leave their last team.
/// </summary>
/// <param name="EmployerFirmId">The firm they work for, when they said.</param>
/// <param name="ConsentAt">When they agreed to what is collected and why.</param>
public sealed record Volunteer(
    long Id,
    string Name,
    string Phone,
    long? EmployerFirmId,
    string? ChannelId,
    string? UserId,
    DateTimeOffset ConsentAt);
