using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Volunteers;

/// <summary>
/// A team's roster for its leader, as .csv or .xlsx. The phones are in full, so the first line of
/// the file (the first row of the sheet) says that it holds personal data and what it is for.
/// </summary>
public static class RosterFile
{
    public const string SheetName = "志愿者名单";

    public static readonly IReadOnlyList<string> Columns = ["姓名", "手机号", "所在企业", "可参加时间", "党员", "报名时间", "同意时间"];

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static string Notice(string teamName) =>
        $"注意：本文件含{teamName}队员的个人信息（姓名、手机号），仅供队伍负责人联系队员使用，请勿转发或公开，用完请删除。";

    /// <summary>True for the formats <see cref="Write"/> knows: .csv and .xlsx.</summary>
    public static bool IsSupported(string path) => Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".xlsx";

    /// <summary>Writes the roster to <paramref name="path"/>, replacing the file; its extension decides the format.</summary>
    public static void Write(string path, string teamName, IReadOnlyList<RosterEntry> entries)
    {
        var rows = entries.Select(Cells).ToList();
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".csv":
                WriteCsv(path, Notice(teamName), rows);
                break;
            case ".xlsx":
                WriteXlsx(path, Notice(teamName), rows);
                break;
            default:
                throw new ArgumentException($"'{path}' is neither .csv nor .xlsx.", nameof(path));
        }
    }

    private static string[] Cells(RosterEntry entry) =>
    [
        entry.Name,
        entry.Phone,
        entry.EmployerName ?? string.Empty,
        Availability.ChineseNames(entry.Availability),
        entry.PartyMember switch { true => "是", false => "否", null => string.Empty },
        ZoneTimeText(entry.JoinedAt),
        ZoneTimeText(entry.ConsentAt),
    ];

    private static string ZoneTimeText(DateTimeOffset instant) =>
        ZoneTime.ToZoneTime(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    // With a BOM, so that Excel opens the Chinese text as UTF-8.
    private static void WriteCsv(string path, string notice, IReadOnlyList<string[]> rows)
    {
        using var writer = new StreamWriter(path, append: false, Utf8WithBom);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField(notice);
        csv.NextRecord();
        foreach (var line in rows.Prepend([.. Columns]))
        {
            foreach (var cell in line)
            {
                csv.WriteField(cell);
            }
            csv.NextRecord();
        }
    }

    private static void WriteXlsx(string path, string notice, IReadOnlyList<string[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        sheet.Cell(1, 1).SetValue(notice);
        var noticeRange = sheet.Range(1, 1, 1, Columns.Count).Merge();
        noticeRange.Style.Font.Bold = true;
        noticeRange.Style.Font.FontColor = XLColor.Red;
        for (var column = 0; column < Columns.Count; column++)
        {
            sheet.Cell(2, column + 1).SetValue(Columns[column]);
            sheet.Cell(2, column + 1).Style.Font.Bold = true;
            // Fixed widths: measuring the text needs fonts a server may not have.
            sheet.Column(column + 1).Width = column is 2 ? 32 : 16;
        }
        for (var row = 0; row < rows.Count; row++)
        {
            for (var column = 0; column < rows[row].Length; column++)
            {
                // As text, so a phone stays 13805741234 rather than a number.
                sheet.Cell(row + 3, column + 1).SetValue(rows[row][column]);
            }
        }
        workbook.SaveAs(path);
    }
}
