namespace ZoneBot.Domain;

/// <summary>A grid (网格) of a community: one full-time liaison is responsible for its firms.</summary>
/// <param name="Code">A short stable key, e.g. G01; used by imports and the demo data.</param>
/// <param name="Number">The grid's number across the zone: 1 for 1号网格.</param>
/// <param name="Roads">The roads the grid covers, to find a grid from an address; may be empty.</param>
/// <param name="WebhookUrl">The grid's group chat webhook for alerts, when it has one.</param>
public sealed record Grid(
    long Id,
    long CommunityId,
    string Code,
    int Number,
    string Name,
    IReadOnlyList<string> Roads,
    string? WebhookUrl)
{
    /// <summary>How a list of roads is written in one text field (database, CSV): 新兴大道、滨海一路.</summary>
    public const char RoadSeparator = '、';

    /// <summary>The name the zone uses for grid <paramref name="number"/>: 1号网格.</summary>
    public static string NameFor(int number) => $"{number}号网格";
}
