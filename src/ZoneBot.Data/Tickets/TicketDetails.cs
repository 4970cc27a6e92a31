using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>One ticket as a follow-up shows it: the ticket, its history oldest first, its attachments.</summary>
public sealed record TicketDetails(
    Ticket Ticket,
    string FirmName,
    string GridName,
    IReadOnlyList<TicketEvent> History,
    IReadOnlyList<TicketAttachment> Attachments);
