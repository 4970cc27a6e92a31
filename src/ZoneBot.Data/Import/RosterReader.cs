
namespace ZoneBot.Data.Import;

/// <summary>Reads a roster file by its extension: .csv (UTF-8 or the GB18030 Chinese Excel writes) or .xlsx.</summary>
public static class RosterReader
{
    /// <exception cref="RosterFormatException">The file is missing, of another type, or empty.</exception>
    public static RosterTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new RosterFormatException($"{path}: no such file.");
        }

        using var stream = File.OpenRead(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => CsvRoster.Read(stream),
            ".xlsx" => XlsxRoster.Read(stream),
            // ClosedXML reads only the Office Open XML format; Excel converts in one "save as".
            ".xls" => throw new RosterFormatException($"{path}: an old .xls workbook; save it as .xlsx (or .csv) first."),
            var other => throw new RosterFormatException($"{path}: a roster is a .csv or .xlsx file, not '{other}'."),
        };
    }
}
