namespace ZoneBot.Domain;

/// <summary>A photo or file sent with a ticket, kept as a reference to where the channel stores it.</summary>
public sealed record TicketAttachment(
    long Id,
    long TicketId,
    string Name,
    string ContentType,
    string Url);
