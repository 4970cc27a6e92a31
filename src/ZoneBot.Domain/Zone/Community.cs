namespace ZoneBot.Domain;

/// <summary>
/// An industrial community (工业社区): a "virtual community" of firms, run by a secretary and its
/// grids' liaisons. Firms reach its office by phone or in person.
/// </summary>
/// <param name="Code">A short stable key, e.g. lingshui; used by imports and the demo data.</param>
public sealed record Community(
    long Id,
    string Code,
    string Name,
    string OfficePhone,
    string OfficeAddress);
