
namespace ZoneBot.Data.Zone;

/// <summary>Who looks after a grid and how to reach them and their community office.</summary>
public sealed record GridContact(
    long GridId,
    long GridNumber,
    string GridName,
    string CommunityName,
    string OfficePhone,
    string OfficeAddress,
    string? LiaisonName,
    string? LiaisonPhone);
