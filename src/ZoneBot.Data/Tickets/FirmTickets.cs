using Dapper;

namespace ZoneBot.Data;

/// <summary>
/// 查询工单: a firm's own tickets. Every query is restricted to the firm, so another firm's ticket
/// number behaves exactly like a number that does not exist.
/// </summary>
public sealed class FirmTickets(Database database)
{
    public const int MaxPageSize = 50;

    /// <summary>Page <paramref name="page"/> (from 1) of the firm's tickets, newest first, with the total.</summary>
    public async Task<TicketPage> PageAsync(long firmId, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        const string count = "SELECT COUNT(*) FROM tickets WHERE firm_id = @firmId";
        const string select = TicketRows.Select + """

            WHERE t.firm_id = @firmId
            ORDER BY t.created_at DESC, t.id DESC
            LIMIT @pageSize OFFSET @offset
            """;

        await using var connection = await database.OpenAsync(ct);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(count, new { firmId }, cancellationToken: ct));
        var rows = await connection.QueryAsync<TicketRows.Row>(new CommandDefinition(
            select, new { firmId, pageSize, offset = (page - 1) * pageSize }, cancellationToken: ct));
        return new TicketPage([.. rows.Select(row => row.ToTicket())], page, pageSize, total);
    }

    /// <summary>
    /// The firm's ticket by its number as the user typed it (any case, spaces around), with its
    /// history as the firm sees it (no internal notes) and attachments; null when the firm has no such ticket.
    /// </summary>
    public async Task<TicketDetails?> FindAsync(long firmId, string number, CancellationToken ct = default)
    {
        const string select = TicketRows.Select + """

            WHERE t.number = @number AND t.firm_id = @firmId
            """;
        if (TicketRows.Normalise(number) is not { } normalised)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<TicketRows.Row>(
            new CommandDefinition(select, new { number = normalised, firmId }, cancellationToken: ct));
        return row is null ? null : await TicketRows.DetailsAsync(connection, row, ct, firmView: true);
    }
}
