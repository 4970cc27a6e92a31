namespace ZoneBot.Domain;

/// <summary>What the firm search needs of a firm, and what a choice list shows.</summary>
/// <param name="EnglishName">The roster's English name, when it gives one: found by the search, shown in English replies.</param>
public sealed record FirmListing(long Id, string CreditCode, string Name, string ShortName, string? Road, long GridId, string? EnglishName = null);
