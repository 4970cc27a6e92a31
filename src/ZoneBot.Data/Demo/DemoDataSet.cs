using ZoneBot.Data.Inspections;
using ZoneBot.Data.Reports;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;

namespace ZoneBot.Data.Demo;

/// <summary>The whole demo data set, as the CSV files in Demo/ hold it.</summary>
public sealed record DemoDataSet(
    IReadOnlyList<CommunityRow> Communities,
    IReadOnlyList<GridRow> Grids,
    IReadOnlyList<OfficerRow> Officers,
    IReadOnlyList<FirmRow> Firms,
    IReadOnlyList<TeamRow> Teams)
{
    /// <summary>The teams' volunteers; a person is in volunteers.csv once, whatever teams they joined.</summary>
    public IReadOnlyList<VolunteerRow> Volunteers { get; init; } = [];

    /// <summary>Who is in which team.</summary>
    public IReadOnlyList<MembershipRow> Memberships { get; init; } = [];
}
