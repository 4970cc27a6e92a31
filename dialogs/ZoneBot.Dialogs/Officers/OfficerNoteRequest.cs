namespace ZoneBot.Dialogs.Officers;

/// <summary>反馈, 处理完成 or 回头看 on a ticket: the action's code and the ticket.</summary>
public sealed class OfficerNoteRequest
{
    public OfficerTicketReference Ticket { get; set; } = new();

    public string Action { get; set; } = string.Empty;
}
