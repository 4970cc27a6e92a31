using System.Data.Common;
using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// A ticket as an officer's action needs it, read inside the action's transaction: its stage and
/// deadlines, the firm's colour (for new deadlines) and the filer (for the firm's alert), and what
/// its alerts say.
/// </summary>
internal sealed class TicketTarget
{
    private const string Sql = """
        SELECT t.id AS Id, t.number AS Number, t.firm_id AS FirmId, f.name AS FirmName, f.colour AS Colour, t.grid_id AS GridId,
               g.name AS GridName, g.community_id AS CommunityId, t.category AS Category, t.urgency AS Urgency, t.stage AS Stage,
               t.description AS Description, t.created_at AS CreatedAt, t.response_due_at AS ResponseDueAt, t.handle_due_at AS HandleDueAt,
               t.channel_id AS ChannelId, t.user_id AS UserId, t.routing AS Routing
        FROM tickets AS t
        JOIN firms AS f ON f.id = t.firm_id
        JOIN grids AS g ON g.id = t.grid_id
        """;

    public long Id { get; set; }
    public string Number { get; set; } = string.Empty;
    public long FirmId { get; set; }
    public string FirmName { get; set; } = string.Empty;
    public string Colour { get; set; } = string.Empty;
    public long GridId { get; set; }
    public string GridName { get; set; } = string.Empty;
    public long CommunityId { get; set; }
    public string Category { get; set; } = string.Empty;
    public string Urgency { get; set; } = string.Empty;
    public string Stage { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ResponseDueAt { get; set; }
    public DateTimeOffset HandleDueAt { get; set; }
    public string? ChannelId { get; set; }
    public string? UserId { get; set; }
    public string Routing { get; set; } = string.Empty;

    /// <summary>Whom the ticket is for: a complaint or a report is for the secretary only.</summary>
    public TicketRouting TicketRouting =>
        Enum.GetValues<TicketRouting>().FirstOrDefault(routing => routing.Code == Routing);

    public TicketStage CurrentStage => TicketStage.FromCode(Stage);

    /// <summary>The filer, when the ticket knows them: whom stage changes are told to.</summary>
    public bool HasFiler => !string.IsNullOrEmpty(ChannelId) && !string.IsNullOrEmpty(UserId);

    /// <summary>The ticket by number as typed (any case); null when there is none.</summary>
    public static async Task<TicketTarget?> FindAsync(DbConnection connection, DbTransaction transaction, string number, CancellationToken ct) =>
        TicketRows.Normalise(number) is { } normalised
            ? await connection.QuerySingleOrDefaultAsync<TicketTarget>(
                new CommandDefinition(Sql + " WHERE t.number = @number", new { number = normalised }, transaction, cancellationToken: ct))
            : null;

    public static Task<IEnumerable<TicketTarget>> WhereAsync(
        DbConnection connection, DbTransaction? transaction, string where, object parameters, CancellationToken ct) =>
        connection.QueryAsync<TicketTarget>(new CommandDefinition(Sql + "\n" + where, parameters, transaction, cancellationToken: ct));

    /// <summary>The alert about this ticket as it is now; callers add what their kind needs with <c>with</c>.</summary>
    public TicketAlert ToAlert(string? note = null, int attachmentCount = 0) => new(
        Id, Number, FirmId, FirmName, GridId, GridName, CommunityId, Category, Urgency, Stage,
        TicketAlert.Summarise(Description), note, attachmentCount, ResponseDueAt, HandleDueAt, NoLiaison: false);
}
