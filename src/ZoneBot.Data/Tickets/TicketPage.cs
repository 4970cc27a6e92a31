using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>One page of a firm's tickets, newest first.</summary>
/// <param name="Page">1 for the first page.</param>
/// <param name="Total">How many tickets the firm has in all.</param>
public sealed record TicketPage(IReadOnlyList<Ticket> Tickets, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public bool HasNextPage => Page < PageCount;
}
