namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// How <see cref="OfficerTicketDialog"/> opens a ticket: its number, and either an action typed with it
/// ("研判 ZB-… 属实") to start at once, or the answer to the officer's last action on it, shown above the
/// next moves instead of the whole ticket again.
/// </summary>
public sealed class OfficerTicketOpening
{
    public string Number { get; set; } = string.Empty;

    /// <summary>The officer action's code typed with the number; null to offer the moves.</summary>
    public string? Action { get; set; }

    /// <summary>What the last action on this ticket came to; null when the ticket is opened afresh.</summary>
    public string? Lead { get; set; }
}
