using ZoneBot.Domain;

namespace ZoneBot.Data.Import;

/// <summary>A firm row that passed every check, in the form it is stored.</summary>
internal sealed record ImportedFirm(
    int RowNumber,
    string CreditCode,
    string Name,
    string ShortName,
    string Address,
    string? Road,
    Industry Industry,
    FirmColour Colour,
    long GridId,
    string? ContactPhone,
    string? EnglishName);
