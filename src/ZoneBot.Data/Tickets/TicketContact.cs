namespace ZoneBot.Data.Tickets;

/// <summary>Who to call about a ticket, as the filer gave it.</summary>
public sealed record TicketContact(string Name, string Phone);
