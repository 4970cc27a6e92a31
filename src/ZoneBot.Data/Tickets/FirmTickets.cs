using Dapper;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// 查询工单: a firm's own tickets. Every query is restricted to the firm, so another firm's ticket
/// number behaves exactly like a number that does not exist. Given a <see cref="FirmActor"/> who is not a
/// verified member, only the tickets that chat user filed are seen, and the others behave the same way.
/// </summary>
public sealed class FirmTickets(Database database)
{
    public const int MaxPageSize = 50;

    /// <summary>Page <paramref name="page"/> (from 1) of the firm's tickets, newest first, with the total.</summary>
    /// <param name="viewer">Who reads; null: every ticket of the firm (the caller checked membership).</param>
    public async Task<TicketPage> PageAsync(long firmId, int page, int pageSize, FirmActor? viewer = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        const string count = "SELECT COUNT(*) FROM tickets AS t WHERE t.firm_id = @firmId" + FiledByViewer;
        const string select = TicketRows.Select + """

            WHERE t.firm_id = @firmId
            """ + FiledByViewer + """

            ORDER BY t.created_at DESC, t.id DESC
            LIMIT @pageSize OFFSET @offset
            """;

        await using var connection = await database.OpenAsync(ct);
        var (wholeFirm, channelId, userId) = Scope(viewer);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(count, new { firmId, wholeFirm, channelId, userId }, cancellationToken: ct));
        var rows = await connection.QueryAsync<TicketRows.Row>(new CommandDefinition(
            select, new { firmId, wholeFirm, channelId, userId, pageSize, offset = (page - 1) * pageSize }, cancellationToken: ct));
        return new TicketPage([.. rows.Select(row => row.ToTicket())], page, pageSize, total);
    }

    /// <summary>
    /// The firm's ticket by its number as the user typed it (any case, spaces around), with its
    /// history as the firm sees it (no internal notes) and attachments; null when the firm has no such ticket.
    /// </summary>
    public async Task<TicketDetails?> FindAsync(long firmId, string number, FirmActor? viewer = null, CancellationToken ct = default)
    {
        const string select = TicketRows.Select + """

            WHERE t.number = @number AND t.firm_id = @firmId
            """ + FiledByViewer;
        if (TicketRows.Normalise(number) is not { } normalised)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<TicketRows.Row>(
            new CommandDefinition(select, new { number = normalised, firmId, wholeFirm = Scope(viewer).WholeFirm, channelId = viewer?.ChannelId, userId = viewer?.UserId }, cancellationToken: ct));
        return row is null ? null : await TicketRows.DetailsAsync(connection, row, ct, firmView: true);
    }

    /// <summary>A verified member (or no viewer) sees the whole firm; anyone else the tickets they filed.</summary>
    internal const string FiledByViewer = " AND (@wholeFirm = TRUE OR (t.channel_id = @channelId AND t.user_id = @userId))";

    internal static (bool WholeFirm, string? ChannelId, string? UserId) Scope(FirmActor? viewer) =>
        (viewer is null || viewer.WholeFirm, viewer?.ChannelId, viewer?.UserId);
}
