using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;
using ZoneBot.Data.Demo;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Telemetry;
using ZoneBot.Data.Verification;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// 报事: files a confirmed ticket in one transaction: its number, the row with both deadlines, the
/// first history event, the attachments and the alert to the grid's liaison. All of it or nothing. Filed again from the
/// same confirming message (<see cref="NewTicket.SourceActivity"/>), it answers with the ticket filed the first time.
/// </summary>
public sealed class TicketFiling(Database database, DeadlinePolicy deadlines, TimeProvider time, ILogger<TicketFiling>? logger = null, ZoneBotMetrics? metrics = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<TicketFiling>.Instance;

    // The liaison is the grid's first (a grid has one; an import may briefly leave two).
    private const string SelectFirm = """
        SELECT f.name AS FirmName, f.colour AS Colour, g.id AS GridId, g.name AS GridName, g.community_id AS CommunityId,
               o.id AS LiaisonId, o.name AS LiaisonName, o.phone AS LiaisonPhone,
               CASE WHEN o.conversation_reference IS NOT NULL THEN 1 ELSE 0 END AS LiaisonBound, c.office_phone AS OfficePhone
        FROM firms AS f
        JOIN grids AS g ON g.id = f.grid_id
        JOIN communities AS c ON c.id = g.community_id
        LEFT JOIN officers AS o ON o.id = (
            SELECT MIN(l.id) FROM officers AS l WHERE l.grid_id = g.id AND l.role = 'liaison')
        WHERE f.id = @firmId
        """;

    private const string InsertTicket = """
        INSERT INTO tickets (number, firm_id, grid_id, category, description, location, urgency, contact_name, contact_phone,
                             preferred_visit_at, stage, created_at, response_due_at, handle_due_at, channel_id, user_id, routing, source_activity)
        VALUES (@number, @firmId, @gridId, @category, @description, @location, @urgency, @contactName, @contactPhone,
                @preferredVisitAt, @stage, @now, @responseDueAt, @handleDueAt, @channelId, @userId, @routing, @sourceActivity)
        ON CONFLICT (source_activity) WHERE source_activity IS NOT NULL DO NOTHING
        RETURNING id
        """;

    private const string SelectFiledFrom = """
        SELECT id AS Id, number AS Number, firm_id AS FirmId, response_due_at AS ResponseDueAt, handle_due_at AS HandleDueAt
        FROM tickets
        WHERE source_activity = @sourceActivity
        """;

    /// <exception cref="ArgumentException">A required field is empty.</exception>
    /// <exception cref="InvalidOperationException">The firm does not exist.</exception>
    public async Task<FiledTicket> FileAsync(NewTicket ticket, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentException.ThrowIfNullOrWhiteSpace(ticket.Description);
        ArgumentException.ThrowIfNullOrWhiteSpace(ticket.ContactName);
        ArgumentException.ThrowIfNullOrWhiteSpace(ticket.ContactPhone);

        var now = time.GetUtcNow();
        // On SQLite the filing runs on the one writer, so concurrent filings and turns queue there, not in SQLite's busy
        // handler. PostgreSQL: concurrent filings wait at the day's counter (TicketNumbering), locked until the commit.
        var (filed, gridId, repeat) = await database.WriteAsync(async (connection, transaction, token) =>
        {
            // The confirmation delivered again (its first turn filed, then failed before its own commit): the same ticket.
            if (ticket.SourceActivity is not null && await FiledFromAsync(connection, transaction, ticket.SourceActivity, token) is { } earlier)
            {
                return (earlier.Filed, earlier.GridId, true);
            }
            var firm = await connection.QuerySingleOrDefaultAsync<FirmRow>(
                new CommandDefinition(SelectFirm, new { firmId = ticket.FirmId }, transaction, cancellationToken: token))
                ?? throw new InvalidOperationException($"Firm {ticket.FirmId} does not exist.");
            var day = ZoneTime.DateOf(now);
            var number = TicketNumber.Format(day, await TicketNumbering.NextAsync(connection, transaction, day, token));
            var due = deadlines.Compute(now, ticket.Category, FirmColour.FromCode(firm.Colour), ticket.Urgency);

            var inserted = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(InsertTicket, new
            {
                number,
                firmId = ticket.FirmId,
                gridId = firm.GridId,
                category = ticket.Category.Code,
                description = ticket.Description.Trim(),
                location = string.IsNullOrWhiteSpace(ticket.Location) ? null : ticket.Location.Trim(),
                urgency = ticket.Urgency.Code,
                contactName = ticket.ContactName.Trim(),
                contactPhone = ticket.ContactPhone.Trim(),
                preferredVisitAt = ticket.PreferredVisitAt,
                stage = TicketStage.Reported.Code,
                now,
                responseDueAt = due.ResponseDueAt,
                handleDueAt = due.HandleDueAt,
                channelId = ticket.ChannelId,
                userId = ticket.UserId,
                routing = ticket.Routing.Code,
                sourceActivity = ticket.SourceActivity,
            }, transaction, cancellationToken: token));
            if (inserted is not { } ticketId)
            {
                // PostgreSQL: another instance filed the same delivery after the look above. The day's counter is locked by
                // this transaction since the number was taken, so that number is still the last: given back, it leaves no gap.
                await TicketNumbering.GiveBackAsync(connection, transaction, day, token);
                var raced = await FiledFromAsync(connection, transaction, ticket.SourceActivity!, token)
                    ?? throw new InvalidOperationException("A ticket of the same source activity blocked the insert but cannot be read.");
                return (raced.Filed, raced.GridId, true);
            }

            await TicketHistory.AppendAsync(
                connection, transaction, ticketId, TicketStage.Reported, TicketEventKind.Filed, ticket.ContactName.Trim(), null, now, token);
            await TicketHistory.AttachAsync(connection, transaction, ticketId, ticket.Attachments ?? [], token);
            var alert = new TicketAlert(
                ticketId, number, ticket.FirmId, firm.FirmName, firm.GridId, firm.GridName, firm.CommunityId, ticket.Category.Code,
                ticket.Urgency.Code, TicketStage.Reported.Code, TicketAlert.Summarise(ticket.Description), null,
                ticket.Attachments?.Count ?? 0, due.ResponseDueAt, due.HandleDueAt, firm.LiaisonId is null);
            await QueueAlertsAsync(connection, transaction, ticket.Routing, firm.LiaisonId, firm.CommunityId, alert, now, token);

            return (Filed(ticketId, number, due.ResponseDueAt, due.HandleDueAt, firm), firm.GridId, false);
        }, ct);

        if (repeat)
        {
            _logger.LogInformation("Ticket {Number} was filed before from the same message, delivered again: not filed twice", filed.Number);
            return filed;
        }
        _logger.LogInformation("Ticket {Number} filed for firm {FirmId} in grid {GridId}", filed.Number, ticket.FirmId, gridId);
        metrics?.TicketFiled(ticket.Category.Code, ticket.Routing.Code);
        if (filed.LiaisonName is null)
        {
            _logger.LogWarning("Grid {GridId} has no liaison: the alert of ticket {Number} has no recipient", gridId, filed.Number);
        }

        return filed;
    }

    /// <summary>The ticket filed from <paramref name="sourceActivity"/>, as its filing answered (the firm's data read again); null when none.</summary>
    private static async Task<(FiledTicket Filed, long GridId)?> FiledFromAsync(
        DbConnection connection, DbTransaction transaction, string sourceActivity, CancellationToken ct)
    {
        var row = await connection.QuerySingleOrDefaultAsync<FiledRow>(
            new CommandDefinition(SelectFiledFrom, new { sourceActivity }, transaction, cancellationToken: ct));
        if (row is null)
        {
            return null;
        }
        var firm = await connection.QuerySingleAsync<FirmRow>(new CommandDefinition(SelectFirm, new { firmId = row.FirmId }, transaction, cancellationToken: ct));
        return (Filed(row.Id, row.Number, row.ResponseDueAt, row.HandleDueAt, firm), firm.GridId);
    }

    private static FiledTicket Filed(long id, string number, DateTimeOffset responseDueAt, DateTimeOffset handleDueAt, FirmRow firm) =>
        new(id, number, responseDueAt, handleDueAt, firm.LiaisonName, firm.LiaisonPhone, firm.GridName, firm.LiaisonBound == 1, firm.OfficePhone);

    /// <summary>
    /// The new ticket's alerts: to the liaison; an emergency to the liaison and the community's secretaries at
    /// once (no sweep); a complaint or a report to the secretaries only (the administrators when there are none).
    /// </summary>
    private static async Task QueueAlertsAsync(
        DbConnection connection, DbTransaction transaction, TicketRouting routing,
        long? liaisonId, long communityId, TicketAlert alert, DateTimeOffset now, CancellationToken ct)
    {
        // An emergency in a grid without a liaison goes to the secretaries below, once.
        if (!routing.IsSecretaryOnly && (liaisonId is not null || routing == TicketRouting.Liaison))
        {
            await TicketOutbox.QueueAsync(connection, transaction, routing.AlertKind, liaisonId, alert, now, ct);
        }
        if (routing == TicketRouting.Liaison)
        {
            return;
        }
        var secretaries = await OfficerRows.SecretariesOrAdminsAsync(connection, transaction, communityId, ct);
        foreach (var secretary in secretaries.Where(id => id != liaisonId))
        {
            await TicketOutbox.QueueAsync(connection, transaction, routing.AlertKind, secretary, alert with { NoLiaison = false }, now, ct);
        }
    }

    /// <summary>The contact of the user's last ticket, to offer it again; null when they filed none.</summary>
    public async Task<TicketContact?> LastContactAsync(string channelId, string userId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT contact_name AS Name, contact_phone AS Phone
            FROM tickets
            WHERE channel_id = @channelId AND user_id = @userId
            ORDER BY created_at DESC, id DESC
            LIMIT 1
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TicketContact>(
            new CommandDefinition(sql, new { channelId, userId }, cancellationToken: ct));
    }

    private sealed class FiledRow
    {
        public long Id { get; set; }
        public string Number { get; set; } = string.Empty;
        public long FirmId { get; set; }
        public DateTimeOffset ResponseDueAt { get; set; }
        public DateTimeOffset HandleDueAt { get; set; }
    }

    private sealed class FirmRow
    {
        public string FirmName { get; set; } = string.Empty;
        public string Colour { get; set; } = string.Empty;
        public long GridId { get; set; }
        public string GridName { get; set; } = string.Empty;
        public long CommunityId { get; set; }
        public long? LiaisonId { get; set; }
        public string? LiaisonName { get; set; }
        public string? LiaisonPhone { get; set; }
        public long LiaisonBound { get; set; }
        public string OfficePhone { get; set; } = string.Empty;
    }
}
