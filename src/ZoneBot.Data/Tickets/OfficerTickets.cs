using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// 我的待办 and the tickets an officer opens: only those they may act on (the liaison's grid, the
/// secretary's community, everything for administrators; see <see cref="TicketAccess"/>). Any other
/// ticket is "not found", as a number that does not exist.
/// </summary>
public sealed class OfficerTickets(Database database, TimeProvider time)
{
    // TicketAccess.MayAct in SQL; keep them in step.
    private const string InScope = """
        (@role = 'admin'
         OR (@role = 'liaison' AND t.grid_id = @gridId AND t.routing NOT IN ('complaint', 'report'))
         OR (@role = 'secretary' AND g.community_id = @communityId))
        """;

    private static readonly string OpenCount =
        "SELECT COUNT(*) FROM tickets AS t JOIN grids AS g ON g.id = t.grid_id WHERE NOT " + TicketSql.IsClosed + " AND " + InScope;

    // Overdue first, then those with a deadline, soonest first; handled ones last, oldest first.
    private static readonly string OpenPage = TicketRows.Select + "\nWHERE NOT " + TicketSql.IsClosed + " AND " + InScope + $"""

        ORDER BY CASE WHEN {TicketSql.Overdue} THEN 0 WHEN {TicketSql.HasNextDeadline} THEN 1 ELSE 2 END,
                 COALESCE({TicketSql.NextDueAt}, t.created_at),
                 t.id
        LIMIT @pageSize OFFSET @offset
        """;

    /// <summary>Page <paramref name="page"/> of the officer's open tickets: overdue first, then by the deadline that applies.</summary>
    public async Task<OfficerTaskPage> OpenAsync(Officer officer, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var now = time.GetUtcNow();
        var parameters = new { role = officer.Role.Code, gridId = officer.GridId, communityId = officer.CommunityId, now, pageSize, offset = (page - 1) * pageSize };

        await using var connection = await database.OpenAsync(ct);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(OpenCount, parameters, cancellationToken: ct));
        var rows = await connection.QueryAsync<TicketRows.Row>(new CommandDefinition(OpenPage, parameters, cancellationToken: ct));
        var tasks = rows.Select(row =>
        {
            var ticket = row.ToTicket();
            return new OfficerTask(ticket, row.FirmName, row.GridName, ticket.IsOverdueAt(now));
        });
        return new OfficerTaskPage([.. tasks], page, pageSize, total);
    }

    /// <summary>The ticket with its history, when the officer may act on it; null otherwise or when there is none.</summary>
    public async Task<OfficerTicket?> FindAsync(Officer officer, string number, CancellationToken ct = default)
    {
        const string select = TicketRows.Select + "\nWHERE t.number = @number AND " + InScope;
        const string place = "SELECT g.community_id AS CommunityId, g.number AS GridNumber FROM tickets AS t JOIN grids AS g ON g.id = t.grid_id WHERE t.id = @id";
        const string extension = """
            SELECT x.id AS Id, o.name AS RequestedBy, x.days AS Days, x.reason AS Reason, x.requested_at AS RequestedAt
            FROM ticket_extensions AS x
            JOIN officers AS o ON o.id = x.requested_by
            WHERE x.ticket_id = @id AND x.status = 'pending'
            """;
        ArgumentNullException.ThrowIfNull(officer);
        if (TicketRows.Normalise(number) is not { } normalised)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<TicketRows.Row>(new CommandDefinition(
            select, new { number = normalised, role = officer.Role.Code, gridId = officer.GridId, communityId = officer.CommunityId }, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }
        var details = await TicketRows.DetailsAsync(connection, row, ct);
        var where = await connection.QuerySingleAsync<(long CommunityId, long GridNumber)>(new CommandDefinition(place, new { id = row.Id }, cancellationToken: ct));
        var pending = await connection.QuerySingleOrDefaultAsync<ExtensionRow>(new CommandDefinition(extension, new { id = row.Id }, cancellationToken: ct));
        return new OfficerTicket(details, where.CommunityId, (int)where.GridNumber, pending?.ToExtension());
    }

    private sealed class ExtensionRow
    {
        public long Id { get; set; }
        public string RequestedBy { get; set; } = string.Empty;
        public long Days { get; set; }
        public string Reason { get; set; } = string.Empty;
        public DateTimeOffset RequestedAt { get; set; }

        public PendingExtension ToExtension() => new(Id, RequestedBy, (int)Days, Reason, RequestedAt);
    }
}
