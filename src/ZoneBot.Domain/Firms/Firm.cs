namespace ZoneBot.Domain;

/// <summary>A firm (企业) of the zone. It belongs to exactly one grid, and so to one community.</summary>
/// <param name="CreditCode">Its Unified Social Credit Code, normalised (see <see cref="UnifiedSocialCreditCode"/>).</param>
/// <param name="Name">Its registered name, e.g. 慈溪市华信电器有限公司.</param>
/// <param name="ShortName">What people call it, e.g. 华信电器.</param>
/// <param name="Road">The road its address is on, to find its grid by road; null when unknown.</param>
public sealed record Firm(
    long Id,
    string CreditCode,
    string Name,
    string ShortName,
    string Address,
    string? Road,
    Industry Industry,
    FirmColour Colour,
    long GridId);
