
namespace ZoneBot.Data.Inspections;

/// <summary>A photo kept as a reference (the channel's URL), as tickets keep theirs.</summary>
public sealed record PhotoFile(string Name, string ContentType, string Url);

/// <summary>A hazard the officer found: the checklist item, how grave, what they saw, the last day to rectify by, photos.</summary>
public sealed record HazardFinding(string ItemCode, Domain.HazardLevel Level, string Note, DateOnly LastDay, IReadOnlyList<PhotoFile> Photos);

/// <summary>What one inspection came to: the items passed and the hazards found.</summary>
public sealed record InspectionFindings(IReadOnlyList<string> PassedItems, IReadOnlyList<HazardFinding> Hazards);

/// <summary>What recording an inspection did.</summary>
public enum RecordOutcome
{
    /// <summary>No hazard: the inspection is closed (闭环) at once.</summary>
    Closed,

    /// <summary>Hazards found: the firm's verified members have their 整改通知.</summary>
    Rectifying,

    /// <summary>Someone recorded it first (or this is a retry): nothing changed.</summary>
    AlreadyInspected,

    /// <summary>Not an inspection this officer may record.</summary>
    NotFound,
}
