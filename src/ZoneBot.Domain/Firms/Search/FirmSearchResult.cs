namespace ZoneBot.Domain;

/// <summary>A firm found by a search, with how well it matched (1 = exact).</summary>
public sealed record FirmMatch(FirmListing Firm, double Score)
{
    public bool IsExact => Score >= FirmIndex.ExactScore;
}

/// <summary>
/// The outcome of a firm search. A query that looks like a credit code but fails its check is
/// reported as such (<see cref="CreditCode"/>), never as "not found".
/// </summary>
public sealed record FirmSearchResult(IReadOnlyList<FirmMatch> Matches, CreditCodeValidation? CreditCode = null)
{
    public static FirmSearchResult None { get; } = new([]);

    public bool IsInvalidCreditCode => CreditCode is { IsValid: false };

    /// <summary>The one firm the query means: an exact match, or the only match.</summary>
    public FirmListing? Single => Matches switch
    {
        [var only] => only.Firm,
        [var first, ..] when first.IsExact && !Matches[1].IsExact => first.Firm,
        _ => null,
    };
}
