namespace ZoneBot.Dialogs.Officers;

/// <summary>Which ticket an officer's step acts on, and who acts. The data layer checks again that they may.</summary>
public sealed class OfficerTicketReference
{
    public string Number { get; set; } = string.Empty;

    public long OfficerId { get; set; }

    /// <summary>The ticket's current category and urgency codes, for 研判's questions.</summary>
    public string Category { get; set; } = string.Empty;

    public string Urgency { get; set; } = string.Empty;

    public int GridNumber { get; set; }

    /// <summary>What the officer typed after the action word ("研判 属实，今天下午去现场"): the note, not asked again.</summary>
    public string? Note { get; set; }
}
