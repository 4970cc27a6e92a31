namespace ZoneBot.Domain;

/// <summary>
/// Where a hazard stands in 整改 → 上报 → 闭环: open (the firm must rectify it), reported (the firm says it is
/// rectified, 复查 is due), extension asked (the firm asks for more time), accepted (the liaison's 复查 passed it).
/// A hazard sent back at 复查 is open again.
/// </summary>
public static class HazardStatus
{
    public const string Open = "open";

    public const string Reported = "reported";

    public const string ExtensionAsked = "extension_asked";

    public const string Accepted = "accepted";

    /// <summary>Not yet accepted: what the firm still owes.</summary>
    public static bool IsOpen(string status) => status != Accepted;
}

/// <summary>An inspection: planned (not yet inspected), rectifying (hazards found, not all accepted), closed (闭环).</summary>
public static class InspectionStatus
{
    public const string Planned = "planned";

    public const string Rectifying = "rectifying";

    public const string Closed = "closed";
}
