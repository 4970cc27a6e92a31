namespace ZoneBot.Domain;

/// <summary>What the firm search needs of a firm, and what a choice list shows.</summary>
public sealed record FirmListing(long Id, string CreditCode, string Name, string ShortName, string? Road, long GridId);
