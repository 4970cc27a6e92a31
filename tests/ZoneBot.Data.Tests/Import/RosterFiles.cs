using System.Text;
using ClosedXML.Excel;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Import;

/// <summary>
/// Roster files written the way the town would send them, in a temp folder of their own; nothing
/// binary is committed, the .xlsx files are made here with ClosedXML.
/// </summary>
public sealed class RosterFiles : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "zonebot-roster-" + Guid.NewGuid().ToString("N"));

    public RosterFiles() => Directory.CreateDirectory(Folder);

    /// <summary>A valid credit code: the 17 characters given and their check character.</summary>
    public static string Code(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

    /// <summary>A .csv file of the lines given, UTF-8 unless told otherwise.</summary>
    public string Csv(string name, IEnumerable<string> lines, Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", encoding ?? new UTF8Encoding(false));
        return path;
    }

    /// <summary>A one-sheet .xlsx file; a cell that reads as a whole number is stored as a number, as Excel does.</summary>
    public string Xlsx(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(Folder, name);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("企业名单");
        var row = 1;
        foreach (var line in lines)
        {
            var column = 1;
            foreach (var cell in line.Split(','))
            {
                if (long.TryParse(cell, out var number))
                {
                    sheet.Cell(row, column).Value = number;
                }
                else
                {
                    // Set as text, so ClosedXML does not guess a type (a credit code must stay text).
                    sheet.Cell(row, column).SetValue(cell);
                }

                column++;
            }

            row++;
        }

        workbook.SaveAs(path);
        return path;
    }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
    }
}
