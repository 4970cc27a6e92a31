using ZoneBot.Domain;

namespace ZoneBot.Benchmarks.Data;

/// <summary>A firm search as the flows run it (a query, the firms offered).</summary>
public delegate FirmSearchResult FirmSearch(string query);

/// <summary>Builds the search under measure over a roster: <see cref="FirmSearches.Index"/>, or a test's broken one.</summary>
public delegate FirmSearch FirmSearchFactory(IReadOnlyList<FirmListing> roster);

public static class FirmSearches
{
    /// <summary>How many firms a flow offers to choose from (IdentifyFirmDialog): the firm must be among them.</summary>
    public const int Offered = 5;

    /// <summary>ZoneBot's own search, FirmIndex, as the flows call it.</summary>
    public static FirmSearchFactory Index { get; } = roster =>
    {
        var index = new FirmIndex(roster);
        return query => index.Search(query, Offered);
    };
}
