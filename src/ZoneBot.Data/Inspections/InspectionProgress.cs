using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Demo;
using ZoneBot.Data.Reports;

namespace ZoneBot.Data.Inspections;

/// <summary>
/// The inspections' progress tables (`report --inspections`, and 本月检查进度 in the chat): the figures of
/// <see cref="InspectionFigures"/> per grid, per community and in all, for a period, of the whole zone or one community.
/// </summary>
public sealed class InspectionProgress(Database database, TimeProvider time)
{
    /// <param name="gridId">Only this grid (a liaison's own), within the community when one is given too.</param>
    public async Task<InspectionReportData> BuildAsync(ReportPeriod period, long? communityId = null, long? gridId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        const string grids = """
            SELECT g.id AS Id, g.name AS Name, g.number AS Number, c.id AS CommunityId, c.name AS CommunityName
            FROM grids AS g JOIN communities AS c ON c.id = g.community_id
            WHERE (@communityId IS NULL OR g.community_id = @communityId) AND (@gridId IS NULL OR g.id = @gridId)
            ORDER BY g.number
            """;
        const string inspections = """
            SELECT i.grid_id AS GridId, i.round AS Round, i.year AS Year, i.due_from AS DueFrom, i.inspected_at AS InspectedAt, i.closed_at AS ClosedAt
            FROM inspections AS i JOIN grids AS g ON g.id = i.grid_id
            WHERE (@communityId IS NULL OR g.community_id = @communityId) AND i.year >= @firstYear AND i.year <= @lastYear
            """;
        const string hazards = """
            SELECT i.grid_id AS GridId, h.item_code AS ItemCode, h.found_at AS FoundAt, h.due_at AS DueAt,
                   h.reported_at AS ReportedAt, h.accepted_at AS AcceptedAt
            FROM hazards AS h JOIN inspections AS i ON i.id = h.inspection_id JOIN grids AS g ON g.id = i.grid_id
            WHERE (@communityId IS NULL OR g.community_id = @communityId) AND h.found_at < @end AND (h.accepted_at IS NULL OR h.accepted_at >= @start)
            """;
        var parameters = new { communityId, gridId, firstYear = period.First.Year, lastYear = period.Last.Year, start = period.Start, end = period.End };
        var asOf = period.End < time.GetUtcNow() ? period.End : time.GetUtcNow();
        await using var connection = await database.OpenAsync(ct);
        var gridRows = (await connection.QueryAsync<GridRow>(new CommandDefinition(grids, parameters, cancellationToken: ct))).ToList();
        var inspectionRows = (await connection.QueryAsync<InspectionRow>(new CommandDefinition(inspections, parameters, cancellationToken: ct))).ToList();
        var hazardRows = (await connection.QueryAsync<HazardRow>(new CommandDefinition(hazards, parameters, cancellationToken: ct))).ToList();

        InspectionFigures Figures(string name, Func<long, bool> inGrid) =>
            Count(name, inspectionRows.Where(row => inGrid(row.GridId)), hazardRows.Where(row => inGrid(row.GridId)), period, asOf);

        var perGrid = gridRows.Select(grid => Figures(grid.Name, id => id == grid.Id)).ToList();
        var perCommunity = gridRows.GroupBy(grid => (grid.CommunityId, grid.CommunityName))
            .Select(community => Figures(community.Key.CommunityName, id => community.Any(grid => grid.Id == id))).ToList();
        var ids = gridRows.Select(grid => grid.Id).ToHashSet();
        return new InspectionReportData(period, perGrid, perCommunity, Figures(string.Empty, ids.Contains));
    }

    private static InspectionFigures Count(string name, IEnumerable<InspectionRow> inspections, IEnumerable<HazardRow> hazards, ReportPeriod period, DateTimeOffset asOf)
    {
        var rows = inspections.ToList();
        var found = hazards.ToList();
        bool In(DateTimeOffset? at) => at is { } moment && moment >= period.Start && moment < period.End;
        var accepted = found.Where(hazard => In(hazard.AcceptedAt)).ToList();
        var open = found.Where(hazard => hazard.AcceptedAt is null || hazard.AcceptedAt >= period.End).ToList();
        return new InspectionFigures(
            name,
            rows.Count(row => row.Round > 0 && row.Year == period.Last.Year && string.CompareOrdinal(row.DueFrom, InspectionRows.DayText(period.Last)) <= 0),
            rows.Count(row => In(row.InspectedAt)),
            rows.Count(row => In(row.ClosedAt)),
            found.Where(hazard => In(hazard.FoundAt)).GroupBy(hazard => hazard.ItemCode).ToDictionary(group => group.Key, group => group.Count()),
            accepted.Count(hazard => hazard.ReportedAt <= hazard.DueAt),
            accepted.Count(hazard => hazard.ReportedAt > hazard.DueAt),
            open.Count,
            open.Count(hazard => hazard.DueAt < asOf));
    }

    private sealed class GridRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public long Number { get; set; }
        public long CommunityId { get; set; }
        public string CommunityName { get; set; } = string.Empty;
    }

    private sealed class InspectionRow
    {
        public long GridId { get; set; }
        public long Round { get; set; }
        public long Year { get; set; }
        public string DueFrom { get; set; } = string.Empty;
        public DateTimeOffset? InspectedAt { get; set; }
        public DateTimeOffset? ClosedAt { get; set; }
    }

    private sealed class HazardRow
    {
        public long GridId { get; set; }
        public string ItemCode { get; set; } = string.Empty;
        public DateTimeOffset FoundAt { get; set; }
        public DateTimeOffset DueAt { get; set; }
        public DateTimeOffset? ReportedAt { get; set; }
        public DateTimeOffset? AcceptedAt { get; set; }
    }
}
