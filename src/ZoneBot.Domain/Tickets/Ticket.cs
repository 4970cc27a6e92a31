namespace ZoneBot.Domain;

/// <summary>
/// An issue a firm filed (报事), followed through the closed loop until it is closed.
/// The grid is copied from the firm when filed, so a ticket can be handed to another grid (转派).
/// </summary>
/// <param name="Number">ZB-yyyyMMdd-NNNN, see <see cref="TicketNumber"/>.</param>
/// <param name="Location">Where on the firm's site, when given.</param>
/// <param name="PreferredVisitAt">When the firm would like a visit, when given.</param>
/// <param name="ResponseDueAt">When the first response is due (研判).</param>
/// <param name="HandleDueAt">When the issue must be handled (处理).</param>
/// <param name="ChannelId">The chat channel of the user who filed it.</param>
/// <param name="UserId">That user's id on the channel: whom to tell when the ticket moves.</param>
public sealed record Ticket(
    long Id,
    string Number,
    long FirmId,
    long GridId,
    TicketCategory Category,
    string Description,
    string? Location,
    Urgency Urgency,
    string ContactName,
    string ContactPhone,
    DateTimeOffset? PreferredVisitAt,
    TicketStage Stage,
    DateTimeOffset CreatedAt,
    DateTimeOffset ResponseDueAt,
    DateTimeOffset HandleDueAt,
    string? ChannelId,
    string? UserId,
    TicketRating? Rating,
    string? RatingComment)
{
    /// <summary>Past a deadline that still applies (<see cref="OverdueRule"/>): what escalation and the overdue lists go by.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => OverdueRule.IsOverdue(Stage, ResponseDueAt, HandleDueAt, now);

    /// <summary>The deadline that applies now and when it is due; null once handled.</summary>
    public (TicketDeadline Deadline, DateTimeOffset DueAt)? NextDeadline => OverdueRule.NextDeadline(Stage) switch
    {
        TicketDeadline.Response => (TicketDeadline.Response, ResponseDueAt),
        TicketDeadline.Handling => (TicketDeadline.Handling, HandleDueAt),
        _ => null,
    };
}
