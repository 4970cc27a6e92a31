namespace ZoneBot.Domain;

/// <summary>The outcome of <see cref="UnifiedSocialCreditCode.Validate"/>.</summary>
/// <param name="NormalisedCode">The input as the code is stored: no spaces, half-width, upper case.
/// Set whatever the status, so a message can show the user what was read.</param>
public sealed record CreditCodeValidation(CreditCodeStatus Status, string NormalisedCode)
{
    public bool IsValid => Status == CreditCodeStatus.Valid;
}
