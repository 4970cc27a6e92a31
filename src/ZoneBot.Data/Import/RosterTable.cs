
namespace ZoneBot.Data.Import;

/// <summary>
/// A roster spreadsheet as read from a .csv or .xlsx file, before any column means anything: the
/// header row and the rows under it. Both file types read into this, so validation is written once.
/// </summary>
public sealed record RosterTable(IReadOnlyList<string> Headers, IReadOnlyList<RosterLine> Lines);

/// <summary>One row under the header, numbered as the spreadsheet shows it (the header is row 1),
/// so a rejection points at the row the town's staff see. Blank rows are not read.</summary>
public sealed record RosterLine(int RowNumber, IReadOnlyList<string> Cells);
