
namespace ZoneBot.Data.Import;

/// <summary>Which cell of a row holds which known column: the header row matched once, up front.</summary>
public sealed class RosterColumnMap
{
    private readonly Dictionary<RosterColumn, int> _indexes;

    private RosterColumnMap(Dictionary<RosterColumn, int> indexes) => _indexes = indexes;

    /// <summary>Matches <paramref name="headers"/> to <paramref name="columns"/>; headers that match none are ignored
    /// (a 序号 column, the town's remarks).</summary>
    /// <exception cref="RosterFormatException">A required column is missing, or two headers are the same column.</exception>
    public static RosterColumnMap Bind(IReadOnlyList<string> headers, IReadOnlyList<RosterColumn> columns)
    {
        var indexes = new Dictionary<RosterColumn, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var column = columns.FirstOrDefault(candidate => candidate.Matches(headers[i]));
            if (column is null)
            {
                continue;
            }

            if (indexes.TryGetValue(column, out var first))
            {
                throw new RosterFormatException(
                    $"Columns {ColumnLetter(first)} ({headers[first]}) and {ColumnLetter(i)} ({headers[i]}) are both {column.Title}; keep one.");
            }

            indexes[column] = i;
        }

        var missing = columns.Where(column => column.Required && !indexes.ContainsKey(column)).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join("; ", missing.Select(column => string.Join(" / ", column.Headers)));
            throw new RosterFormatException($"The header row (row 1) lacks required column(s): {names}.");
        }

        return new RosterColumnMap(indexes);
    }

    public bool Has(RosterColumn column) => _indexes.ContainsKey(column);

    /// <summary>The trimmed cell, or "" when the file has no such column or the row is short.</summary>
    public string Cell(RosterLine line, RosterColumn column) =>
        _indexes.TryGetValue(column, out var index) && index < line.Cells.Count
            ? line.Cells[index]?.Trim() ?? string.Empty
            : string.Empty;

    /// <summary>A, B, … Z, AA: how a spreadsheet names column <paramref name="index"/> (0-based).</summary>
    private static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
