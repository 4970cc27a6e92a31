using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Demo;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Tickets;

namespace ZoneBot.Data.Reports;

/// <summary>
/// `report`: the figures of a week, month or quarter per grid, from the tickets and their history.
/// Tickets count under the grid they are in now (after any 转派).
/// </summary>
public sealed class TicketReport(Database database, TimeProvider time)
{
    // Filed in the period, or closed in it.
    private static readonly string InReport = $"""
        (@gridNumber IS NULL OR g.number = @gridNumber)
        AND ((t.created_at >= @start AND t.created_at < @end)
             OR EXISTS (SELECT 1 FROM ticket_events AS c
                        WHERE c.ticket_id = t.id AND c.kind = 'stage_changed' AND c.stage = {TicketSql.Stage(TicketStage.Closed)}
                          AND c.created_at >= @start AND c.created_at < @end))
        """;

    private static readonly string Tickets = """
        SELECT t.id AS Id, g.number AS GridNumber, t.category AS Category, t.created_at AS CreatedAt,
               t.response_due_at AS ResponseDueAt, t.handle_due_at AS HandleDueAt, t.rating AS Rating
        FROM tickets AS t
        JOIN grids AS g ON g.id = t.grid_id
        WHERE
        """ + InReport;

    private static readonly string Events = """
        SELECT e.ticket_id AS TicketId, e.stage AS Stage, e.created_at AS CreatedAt
        FROM ticket_events AS e
        WHERE e.kind = 'stage_changed' AND e.ticket_id IN (
            SELECT t.id FROM tickets AS t JOIN grids AS g ON g.id = t.grid_id WHERE
        """ + InReport + ")";

    public async Task<TicketReportData> BuildAsync(ReportPeriod period, int? gridNumber = null, CancellationToken ct = default)
    {
        const string grids = "SELECT number AS Number, name AS Name FROM grids WHERE @gridNumber IS NULL OR number = @gridNumber ORDER BY number";
        ArgumentNullException.ThrowIfNull(period);
        var parameters = new { gridNumber, start = period.Start, end = period.End };
        var asOf = period.End < time.GetUtcNow() ? period.End : time.GetUtcNow();

        await using var connection = await database.OpenAsync(ct);
        var gridRows = (await connection.QueryAsync<GridRow>(new CommandDefinition(grids, parameters, cancellationToken: ct))).ToList();
        var ticketRows = (await connection.QueryAsync<TicketRow>(new CommandDefinition(Tickets, parameters, cancellationToken: ct))).ToList();
        var moves = (await connection.QueryAsync<MoveRow>(new CommandDefinition(Events, parameters, cancellationToken: ct)))
            .ToLookup(move => move.TicketId);

        var facts = ticketRows.Select(row => Facts.Of(row, moves[row.Id].OrderBy(move => move.CreatedAt).ToList(), period, asOf)).ToList();
        var perGrid = gridRows.Select(grid => Figures(grid.Name, facts.Where(fact => fact.GridNumber == grid.Number))).ToList();
        return new TicketReportData(period, perGrid, Figures(gridNumber is null ? "合计" : perGrid.FirstOrDefault()?.Name ?? "合计", facts));
    }

    private static ReportFigures Figures(string name, IEnumerable<Facts> tickets)
    {
        var all = tickets.ToList();
        var received = all.Where(fact => fact.Received).ToList();
        var closed = all.Where(fact => fact.ClosedInPeriod).ToList();
        var responses = received.Where(fact => fact.ResponseHours is not null).Select(fact => fact.ResponseHours!.Value).ToList();
        return new ReportFigures(
            name,
            received.Count,
            closed.Count,
            received.Count(fact => fact.Overdue),
            responses.Count == 0 ? null : Math.Round(responses.Average(), 1),
            closed.Count == 0 ? null : Math.Round(closed.Average(fact => fact.CloseHours!.Value), 1),
            closed.Count(fact => fact.Rating == TicketRating.Satisfied),
            closed.Count(fact => fact.Rating == TicketRating.BasicallySatisfied),
            closed.Count(fact => fact.Rating == TicketRating.Dissatisfied),
            Enum.GetValues<TicketCategory>().ToDictionary(category => category, category => received.Count(fact => fact.Category == category)));
    }

    /// <summary>What the report needs to know of one ticket.</summary>
    private sealed record Facts(
        long GridNumber, TicketCategory Category, bool Received, bool Overdue, double? ResponseHours, bool ClosedInPeriod, double? CloseHours, TicketRating? Rating)
    {
        public static Facts Of(TicketRow row, IReadOnlyList<MoveRow> moves, ReportPeriod period, DateTimeOffset asOf)
        {
            // The first response is the first move of the loop; handling and closing, the last of their kind (a reopened ticket is handled again).
            var responded = moves.FirstOrDefault()?.CreatedAt;
            var handled = moves.FirstOrDefault(move => move.Stage == TicketStage.Handled.Code)?.CreatedAt;
            var closed = moves.LastOrDefault(move => move.Stage == TicketStage.Closed.Code)?.CreatedAt;
            var received = row.CreatedAt >= period.Start && row.CreatedAt < period.End;
            var overdue = (responded ?? asOf) > row.ResponseDueAt || (handled ?? asOf) > row.HandleDueAt;
            var closedInPeriod = closed is { } at && at >= period.Start && at < period.End;
            return new Facts(
                row.GridNumber,
                TicketCategory.FromCode(row.Category),
                received,
                received && overdue,
                responded is { } first ? (first - row.CreatedAt).TotalHours : null,
                closedInPeriod,
                closedInPeriod ? (closed!.Value - row.CreatedAt).TotalHours : null,
                row.Rating is null ? null : TicketRating.FromCode(row.Rating));
        }
    }

    private sealed class GridRow
    {
        public long Number { get; set; }
        public string Name { get; set; } = string.Empty;
    }

    private sealed class TicketRow
    {
        public long Id { get; set; }
        public long GridNumber { get; set; }
        public string Category { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset ResponseDueAt { get; set; }
        public DateTimeOffset HandleDueAt { get; set; }
        public string? Rating { get; set; }
    }

    private sealed class MoveRow
    {
        public long TicketId { get; set; }
        public string Stage { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
    }
}
