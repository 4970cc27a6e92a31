
namespace ZoneBot.Data.Import;

/// <summary>A grid row that passed every check: the grid, its community and its liaison.</summary>
/// <param name="Community">The community's name or code, as written.</param>
/// <param name="CommunityPhone">The office phone as written, null when the row has none.</param>
/// <param name="Roads">Joined with 、, null when none.</param>
/// <param name="LiaisonPhone">Digits only: the phone identifies the officer.</param>
internal sealed record ImportedGrid(
    int RowNumber,
    string Community,
    string? CommunityPhone,
    string? CommunityAddress,
    int Number,
    string Name,
    string? Roads,
    string LiaisonName,
    string LiaisonPhone);
