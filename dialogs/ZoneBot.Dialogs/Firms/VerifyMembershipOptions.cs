namespace ZoneBot.Dialogs.Firms;

/// <summary>Which firm <see cref="VerifyMembershipDialog"/> proves membership of, and how far it got.</summary>
public sealed class VerifyMembershipOptions
{
    public long FirmId { get; set; }

    /// <summary>The masked phone an SMS code went to; null when the user has a liaison's code.</summary>
    public string? SentTo { get; set; }

    /// <summary>Asked again after a wrong code.</summary>
    public bool Retry { get; set; }
}
