using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>Which tickets an administrator lists; every part is optional.</summary>
/// <param name="GridNumber">The grid's number (1 for 1号网格).</param>
/// <param name="OverdueOnly">Only tickets past a deadline that still applies (see <see cref="Ticket.IsOverdueAt"/>).</param>
/// <param name="From">Filed on or after this zone date.</param>
/// <param name="To">Filed on or before this zone date.</param>
public sealed record TicketFilter(
    int? GridNumber = null,
    TicketStage? Stage = null,
    bool OverdueOnly = false,
    DateOnly? From = null,
    DateOnly? To = null);
