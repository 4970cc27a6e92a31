namespace ZoneBot.Domain;

/// <summary>One line of a ticket's history: who did what, when, with an optional note.</summary>
/// <param name="Stage">The ticket's stage after the event.</param>
/// <param name="Actor">Who acted, as shown in the history (an officer's name, 企业, 系统).</param>
public sealed record TicketEvent(
    long Id,
    long TicketId,
    TicketStage Stage,
    TicketEventKind Kind,
    string Actor,
    string? Note,
    DateTimeOffset CreatedAt);
