using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using ZoneBot.Data;
using ZoneBot.Data.Volunteers;

namespace ZoneBot.Data.Tests.Volunteers;

/// <summary>The roster file a team leader gets: personal data, so it says so first.</summary>
public sealed class RosterFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonebot-roster-" + Guid.NewGuid().ToString("N"));

    private static readonly RosterEntry Entry = new()
    {
        Name = "范仲淹",
        Phone = "13900000201",
        EmployerName = "慈溪市华信电器有限公司",
        Availability = "weekends,evenings",
        PartyMember = true,
        JoinedAt = new DateTimeOffset(2026, 11, 28, 1, 30, 0, TimeSpan.Zero),
        ConsentAt = new DateTimeOffset(2026, 11, 28, 1, 29, 0, TimeSpan.Zero),
    };

    public RosterFileTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_csv_roster_starts_with_the_personal_data_notice_then_the_columns_and_full_phones()
    {
        var path = Path.Combine(_folder, "roster.csv");

        RosterFile.Write(path, "党员志愿者队伍", [Entry]);

        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        var lines = new List<string[]>();
        while (reader.Read())
        {
            lines.Add(reader.Parser.Record!);
        }
        Assert.Contains("个人信息", lines[0][0]);
        Assert.Contains("党员志愿者队伍", lines[0][0]);
        Assert.Equal(RosterFile.Columns, lines[1]);
        Assert.Equal(["范仲淹", "13900000201", "慈溪市华信电器有限公司", "周末、晚上", "是", "2026-11-28 09:30", "2026-11-28 09:29"], lines[2]);
    }

    [Fact]
    public void An_xlsx_roster_has_the_notice_in_its_first_row_and_phones_as_text()
    {
        var path = Path.Combine(_folder, "roster.xlsx");

        RosterFile.Write(path, "党员志愿者队伍", [Entry]);

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(RosterFile.SheetName);
        Assert.Contains("个人信息", sheet.Cell(1, 1).GetString());
        Assert.Equal(RosterFile.Columns, Enumerable.Range(1, RosterFile.Columns.Count).Select(column => sheet.Cell(2, column).GetString()));
        Assert.Equal("13900000201", sheet.Cell(3, 2).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(3, 2).DataType);
    }

    [Fact]
    public void Another_extension_is_refused()
    {
        Assert.False(RosterFile.IsSupported("roster.pdf"));
        Assert.Throws<ArgumentException>(() => RosterFile.Write(Path.Combine(_folder, "roster.pdf"), "队伍", [Entry]));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
