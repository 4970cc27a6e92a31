using ZoneBot.Dialogs.Tickets;

namespace ZoneBot.Dialogs.Inspections;

/// <summary>An inspection under way, kept in the dialog state between messages: which item is next, what was found so far.</summary>
public sealed class InspectionDraft
{
    public long InspectionId { get; set; }

    public string FirmName { get; set; } = string.Empty;

    public string Colour { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    /// <summary>The checklist item being asked (0-based).</summary>
    public int Index { get; set; }

    public List<string> Passed { get; set; } = [];

    public List<HazardDraft> Hazards { get; set; } = [];
}

/// <summary>A hazard being recorded.</summary>
public sealed class HazardDraft
{
    public string ItemCode { get; set; } = string.Empty;

    /// <summary>The firm's colour code: with the level, it gives the proposed deadline.</summary>
    public string Colour { get; set; } = string.Empty;

    public string Level { get; set; } = "general";

    public string Note { get; set; } = string.Empty;

    /// <summary>The days the officer set in their note (“限期三天”), when they did.</summary>
    public int? StatedDays { get; set; }

    public DateOnly LastDay { get; set; }

    public List<PhotoReference> Photos { get; set; } = [];
}

/// <summary>How an inspection is opened: a planned one picked from the list, or a firm named in the message.</summary>
public sealed class InspectionStart
{
    public long? InspectionId { get; set; }

    public string? FirmText { get; set; }
}
