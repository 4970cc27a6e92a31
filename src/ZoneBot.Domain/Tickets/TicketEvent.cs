namespace ZoneBot.Domain;

/// <summary>One line of a ticket's history: who did what, when, with an optional note.</summary>
/// <param name="Stage">The ticket's stage after the event.</param>
/// <param name="Actor">Who acted, as shown in the history (an officer's name, 企业, 系统).</param>
/// <param name="IsInternal">Its note is for officers only (<see cref="IsInternalNote"/>): the firm's view leaves it out.</param>
public sealed record TicketEvent(
    long Id,
    long TicketId,
    TicketStage Stage,
    TicketEventKind Kind,
    string Actor,
    string? Note,
    DateTimeOffset CreatedAt,
    bool IsInternal = false)
{
    /// <summary>
    /// Whose notes stay among officers: 研判's (the liaison's own judgement), 转派's and 申请延期's reasons,
    /// the decisions on them and escalations. The firm is told what happens, not the reasoning behind it.
    /// </summary>
    public static bool IsInternalNote(TicketEventKind kind, TicketStage stage) =>
        (kind == TicketEventKind.StageChanged && stage == TicketStage.Assessed)
        || kind is TicketEventKind.Transferred or TicketEventKind.ExtensionRequested or TicketEventKind.ExtensionDecided or TicketEventKind.Escalated;
}
