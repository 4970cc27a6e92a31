using System.Data.Common;
using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// Reading tickets back, shared by the firm's and the administrator's queries. Enums are stored as
/// their codes (fed_back), which Dapper cannot turn into the domain's enums, hence the row types.
/// </summary>
internal static class TicketRows
{
    /// <summary>Every column of a ticket, with its firm's and grid's names; callers add WHERE and ORDER BY.</summary>
    public const string Select = """
        SELECT t.id AS Id, t.number AS Number, t.firm_id AS FirmId, t.grid_id AS GridId, t.category AS Category,
               t.description AS Description, t.location AS Location, t.urgency AS Urgency,
               t.contact_name AS ContactName, t.contact_phone AS ContactPhone, t.preferred_visit_at AS PreferredVisitAt,
               t.stage AS Stage, t.created_at AS CreatedAt, t.response_due_at AS ResponseDueAt, t.handle_due_at AS HandleDueAt,
               t.channel_id AS ChannelId, t.user_id AS UserId, t.rating AS Rating, t.rating_comment AS RatingComment,
               f.name AS FirmName, g.number AS GridNumber, g.name AS GridName
        FROM tickets AS t
        JOIN firms AS f ON f.id = t.firm_id
        JOIN grids AS g ON g.id = t.grid_id
        """;

    /// <summary>A number as the database stores it (ZB-20261128-0001), from what someone typed; null when it is not one.</summary>
    public static string? Normalise(string? number) =>
        TicketNumber.TryParse(number, out var day, out var sequence) ? TicketNumber.Format(day, sequence) : null;

    /// <summary>
    /// The ticket of <paramref name="row"/> with its history and attachments. The firm's view
    /// (<paramref name="firmView"/>) leaves out the notes of internal entries: they never leave the database for a firm.
    /// </summary>
    public static async Task<TicketDetails> DetailsAsync(DbConnection connection, Row row, CancellationToken ct, bool firmView = false)
    {
        const string selectEvents = """
            SELECT id AS Id, ticket_id AS TicketId, stage AS Stage, kind AS Kind, actor AS Actor, created_at AS CreatedAt,
                   CASE WHEN is_internal = TRUE AND @firmView = 1 THEN NULL ELSE note END AS Note,
                   CASE WHEN is_internal = TRUE THEN 1 ELSE 0 END AS IsInternal
            FROM ticket_events
            WHERE ticket_id = @ticketId
            ORDER BY created_at, id
            """;
        const string selectAttachments = """
            SELECT id AS Id, ticket_id AS TicketId, name AS Name, content_type AS ContentType, url AS Url
            FROM ticket_attachments
            WHERE ticket_id = @ticketId
            ORDER BY id
            """;
        var ticketId = row.Id;
        var events = await connection.QueryAsync<EventRow>(new CommandDefinition(selectEvents, new { ticketId, firmView = firmView ? 1 : 0 }, cancellationToken: ct));
        var attachments = await connection.QueryAsync<TicketAttachment>(new CommandDefinition(selectAttachments, new { ticketId }, cancellationToken: ct));
        return new TicketDetails(row.ToTicket(), row.FirmName, row.GridName, [.. events.Select(e => e.ToEvent())], [.. attachments]);
    }

    internal sealed class Row
    {
        public long Id { get; set; }
        public string Number { get; set; } = string.Empty;
        public long FirmId { get; set; }
        public long GridId { get; set; }
        public string Category { get; set; } = string.Empty;
        public string Description { get; set; } = string.Empty;
        public string? Location { get; set; }
        public string Urgency { get; set; } = string.Empty;
        public string ContactName { get; set; } = string.Empty;
        public string ContactPhone { get; set; } = string.Empty;
        public DateTimeOffset? PreferredVisitAt { get; set; }
        public string Stage { get; set; } = string.Empty;
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset ResponseDueAt { get; set; }
        public DateTimeOffset HandleDueAt { get; set; }
        public string? ChannelId { get; set; }
        public string? UserId { get; set; }
        public string? Rating { get; set; }
        public string? RatingComment { get; set; }
        public string FirmName { get; set; } = string.Empty;
        public long GridNumber { get; set; }
        public string GridName { get; set; } = string.Empty;

        public Ticket ToTicket() => new(
            Id, Number, FirmId, GridId, TicketCategory.FromCode(Category), Description, Location, Domain.Urgency.FromCode(Urgency),
            ContactName, ContactPhone, PreferredVisitAt, TicketStage.FromCode(Stage), CreatedAt, ResponseDueAt, HandleDueAt,
            ChannelId, UserId, Rating is null ? null : TicketRating.FromCode(Rating), RatingComment);

        public TicketOverview ToOverview() => new(ToTicket(), FirmName, (int)GridNumber, GridName);
    }

    private sealed class EventRow
    {
        public long Id { get; set; }
        public long TicketId { get; set; }
        public string Stage { get; set; } = string.Empty;
        public string Kind { get; set; } = string.Empty;
        public string Actor { get; set; } = string.Empty;
        public string? Note { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public long IsInternal { get; set; }

        public TicketEvent ToEvent() => new(Id, TicketId, TicketStage.FromCode(Stage), TicketEventKind.FromCode(Kind), Actor, Note, CreatedAt, IsInternal == 1);
    }
}
