namespace ZoneBot.Dialogs.Tickets;

/// <summary>Which ticket a follow-up step acts on: always with the firm, so a user sees only their firm's tickets.</summary>
public sealed class TicketReference
{
    public long FirmId { get; set; }

    public string Number { get; set; } = string.Empty;

    /// <summary>The user proved membership of the firm; otherwise only the tickets they filed are reached.</summary>
    public bool WholeFirm { get; set; }
}
