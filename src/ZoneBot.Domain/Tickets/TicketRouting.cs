namespace ZoneBot.Domain;

/// <summary>
/// Whom a new ticket is for. Most go to the grid's liaison. An emergency goes to the liaison and the
/// community's secretary at once. A complaint about staff and a report about another firm (举报) go to the
/// secretary only, and stay hidden from the liaison: the complaint may be about them, and the reporter's
/// firm and contact must reach no one but the secretary and the administrators.
/// </summary>
public enum TicketRouting
{
    Liaison,
    Emergency,
    Complaint,
    Report,
}

/// <summary>Stable codes of <see cref="TicketRouting"/> (tickets.routing).</summary>
public static class TicketRoutingCodes
{
    extension(TicketRouting routing)
    {
        /// <summary>What the database stores: liaison, emergency, complaint or report.</summary>
        public string Code => routing switch
        {
            TicketRouting.Emergency => "emergency",
            TicketRouting.Complaint => "complaint",
            TicketRouting.Report => "report",
            _ => "liaison",
        };

        /// <summary>Only the community's secretary and the administrators see the ticket.</summary>
        public bool IsSecretaryOnly => routing is TicketRouting.Complaint or TicketRouting.Report;

        /// <summary>The kind of the outbox row that announces the new ticket.</summary>
        public string AlertKind => routing switch
        {
            TicketRouting.Emergency => "ticket.emergency",
            TicketRouting.Complaint => "ticket.complaint",
            TicketRouting.Report => "ticket.report",
            _ => "ticket.filed",
        };
    }
}
