namespace ZoneBot.Dialogs.Firms;

/// <summary>How <see cref="IdentifyFirmDialog"/> starts: with a query already typed, and how often nothing was found.</summary>
public sealed class IdentifyFirmOptions
{
    public string? Query { get; set; }

    public int NotFoundCount { get; set; }
}
