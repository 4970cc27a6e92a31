namespace ZoneBot.Domain;

/// <summary>
/// When a ticket is overdue, written once for C# and SQL (the data layer builds its SQL fragment from
/// these stage lists): the response is due while nobody has assessed it, the handling until it is
/// handled. A ticket is overdue when a deadline that still applies has passed.
/// </summary>
public static class OverdueRule
{
    /// <summary>The stages in which the first response (研判) is still due.</summary>
    public static IReadOnlyList<TicketStage> ResponseDueIn { get; } = [TicketStage.Reported];

    /// <summary>The stages in which the handling (处理) is still due.</summary>
    public static IReadOnlyList<TicketStage> HandlingDueIn { get; } = [TicketStage.Reported, TicketStage.Assessed, TicketStage.FedBack];

    public static bool IsOverdue(TicketStage stage, DateTimeOffset responseDueAt, DateTimeOffset handleDueAt, DateTimeOffset now) =>
        (ResponseDueIn.Contains(stage) && responseDueAt < now)
        || (HandlingDueIn.Contains(stage) && handleDueAt < now);

    /// <summary>
    /// The deadline a list shows for a ticket in <paramref name="stage"/>: the response while it is due,
    /// then the handling while it is due; null once handled.
    /// </summary>
    public static TicketDeadline? NextDeadline(TicketStage stage) =>
        ResponseDueIn.Contains(stage) ? TicketDeadline.Response
        : HandlingDueIn.Contains(stage) ? TicketDeadline.Handling
        : null;
}
