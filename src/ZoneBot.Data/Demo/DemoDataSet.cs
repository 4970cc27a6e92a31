namespace ZoneBot.Data;

/// <summary>The whole demo data set, as the CSV files in Demo/ hold it.</summary>
public sealed record DemoDataSet(
    IReadOnlyList<CommunityRow> Communities,
    IReadOnlyList<GridRow> Grids,
    IReadOnlyList<OfficerRow> Officers,
    IReadOnlyList<FirmRow> Firms,
    IReadOnlyList<TeamRow> Teams);
