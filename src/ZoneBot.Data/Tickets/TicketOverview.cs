using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>A ticket with the names an administrator's list shows beside it.</summary>
public sealed record TicketOverview(Ticket Ticket, string FirmName, int GridNumber, string GridName);
