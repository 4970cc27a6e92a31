using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>One ticket as an officer sees it: the details, where it belongs, and an extension request waiting for a decision.</summary>
public sealed record OfficerTicket(TicketDetails Details, long CommunityId, int GridNumber, PendingExtension? Extension);

/// <summary>An open 申请延期: who asked for how many more days, and why.</summary>
public sealed record PendingExtension(long Id, string RequestedBy, int Days, string Reason, DateTimeOffset RequestedAt);

/// <summary>A ticket in an officer's list (我的待办).</summary>
public sealed record OfficerTask(Ticket Ticket, string FirmName, string GridName, bool Overdue);

/// <summary>One page of an officer's open tickets, overdue first.</summary>
public sealed record OfficerTaskPage(IReadOnlyList<OfficerTask> Tasks, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public bool HasNextPage => Page < PageCount;
}
