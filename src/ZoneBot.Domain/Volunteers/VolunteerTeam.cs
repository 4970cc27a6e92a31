namespace ZoneBot.Domain;

/// <summary>One of the community's volunteer teams, e.g. 党员志愿者队伍.</summary>
/// <param name="Code">A short stable key, e.g. party_members.</param>
/// <param name="Description">One line on what the team does, shown when people choose a team.</param>
/// <param name="NeedsPartyMember">Whether sign-up asks about party membership.</param>
/// <param name="Capacity">How many members it takes; null for no limit.</param>
/// <param name="LeaderOfficerId">The officer told about each sign-up.</param>
public sealed record VolunteerTeam(
    long Id,
    string Code,
    string Name,
    string Description,
    bool NeedsPartyMember,
    int? Capacity,
    long? LeaderOfficerId);
