using System.Globalization;
using ClosedXML.Excel;

namespace ZoneBot.Data.Import;

/// <summary>Reads the first worksheet of an .xlsx roster into a <see cref="RosterTable"/>.</summary>
internal static class XlsxRoster
{
    public static RosterTable Read(Stream stream)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(stream);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new RosterFormatException($"The file is not a readable .xlsx workbook ({exception.Message}).");
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            var used = sheet.RangeUsed();
            if (used is null)
            {
                throw new RosterFormatException($"The worksheet {sheet.Name} is empty: the first row must name the columns.");
            }

            // Column A on, so a cell's index is its column whatever the first filled column is.
            var lastColumn = used.LastColumn().ColumnNumber();
            var headerRow = used.FirstRow().RowNumber();
            var headers = Cells(sheet, headerRow, lastColumn);
            var lines = new List<RosterLine>();
            for (var row = headerRow + 1; row <= used.LastRow().RowNumber(); row++)
            {
                var cells = Cells(sheet, row, lastColumn);
                if (!cells.All(string.IsNullOrWhiteSpace))
                {
                    lines.Add(new RosterLine(row, cells));
                }
            }

            return new RosterTable(headers, lines);
        }
    }

    private static string[] Cells(IXLWorksheet sheet, int row, int lastColumn)
    {
        var cells = new string[lastColumn];
        for (var column = 1; column <= lastColumn; column++)
        {
            cells[column - 1] = Text(sheet.Cell(row, column));
        }

        return cells;
    }

    /// <summary>
    /// A cell as the roster means it. Phone and grid numbers are often typed as numbers: Excel keeps
    /// 13805741234 as a double, which must come back without ".0" or an exponent. A formula's
    /// last computed value is used rather than recomputed (ClosedXML does not know every function).
    /// </summary>
    private static string Text(IXLCell cell)
    {
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        return value switch
        {
            null => string.Empty,
            double number when number == Math.Floor(number) && Math.Abs(number) < 1e15 =>
                number.ToString("0", CultureInfo.InvariantCulture),
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString() ?? string.Empty,
        };
    }
}
