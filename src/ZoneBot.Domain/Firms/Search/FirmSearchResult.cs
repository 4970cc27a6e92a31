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

    /// <summary>The one firm the query means: an exact match, the only match, or a sound-alike slip with no rival.</summary>
    public FirmListing? Single => Matches switch
    {
        [var only] => only.Firm,
        [var first, ..] when first.IsExact && !Matches[1].IsExact => first.Firm,
        // A name typed with a sound-alike character, with nothing as close beside it.
        [var first, var second, ..] when first.Score >= FirmIndex.SoundsAlikeScore && second.Score < FirmIndex.SoundsAlikeScore => first.Firm,
        _ => null,
    };
}
