namespace ZoneBot.Dialogs.Tickets;

/// <summary>How 报事 starts: the message that started it (it may already tell the whole story) and the photos sent with it.</summary>
public sealed class FileIssueStart
{
    public string? Message { get; set; }

    public List<PhotoReference> Photos { get; set; } = [];

    /// <summary>What another flow already settled (an emergency, a complaint, a report, a question left open); null for a plain start.</summary>
    public TicketSeed? Seed { get; set; }
}
