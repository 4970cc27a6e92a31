namespace ZoneBot.Domain;

/// <summary>The two deadlines of a ticket (<see cref="TicketDeadlines"/>).</summary>
public enum TicketDeadline
{
    /// <summary>The first response (研判).</summary>
    Response,

    /// <summary>The handling (处理).</summary>
    Handling,
}
