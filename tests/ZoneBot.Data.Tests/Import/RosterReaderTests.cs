using System.Text;
using ZoneBot.Data;
using ZoneBot.Data.Import;

namespace ZoneBot.Data.Tests.Import;

public sealed class RosterReaderTests : IDisposable
{
    private readonly RosterFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Rows_are_numbered_as_the_spreadsheet_shows_them_and_blank_rows_are_skipped()
    {
        var table = RosterReader.Read(_files.Csv("rows.csv", ["a,b", "1,2", "", ",", "\"3\n(two lines)\",4", "5,6"]));

        Assert.Equal(["a", "b"], table.Headers);
        Assert.Equal([2, 5, 6], table.Lines.Select(line => line.RowNumber));
        Assert.Equal("3\n(two lines)", table.Lines[1].Cells[0]);
    }

    [Fact]
    public void An_xlsx_file_numbers_its_rows_the_same_way()
    {
        var table = RosterReader.Read(_files.Xlsx("rows.xlsx", ["a,b", "1,2", ",", "x,4"]));

        Assert.Equal([2, 4], table.Lines.Select(line => line.RowNumber));
        Assert.Equal(["x", "4"], table.Lines[1].Cells);
    }

    [Fact]
    public void A_csv_file_saved_by_a_chinese_excel_in_gb18030_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var table = RosterReader.Read(_files.Csv("gbk.csv", ["企业名称,颜色", "慈溪市华信电器有限公司,红色"], Encoding.GetEncoding("GB18030")));

        Assert.Equal(["企业名称", "颜色"], table.Headers);
        Assert.Equal(["慈溪市华信电器有限公司", "红色"], table.Lines[0].Cells);
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_and_semicolons_is_read()
    {
        var table = RosterReader.Read(_files.Csv("bom.csv", ["企业名称;颜色", "华信电器;绿"], new UTF8Encoding(true)));

        Assert.Equal(["企业名称", "颜色"], table.Headers);
        Assert.Equal(["华信电器", "绿"], table.Lines[0].Cells);
    }

    [Theory]
    [InlineData("firms.xls", "save it as .xlsx")]
    [InlineData("firms.txt", "not '.txt'")]
    public void Other_file_types_are_refused_with_a_hint(string name, string hint)
    {
        var path = Path.Combine(_files.Folder, name);
        File.WriteAllText(path, "x");

        var error = Assert.Throws<RosterFormatException>(() => RosterReader.Read(path));

        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        Assert.Throws<RosterFormatException>(() => RosterReader.Read(Path.Combine(_files.Folder, "none.csv")));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused()
    {
        var path = Path.Combine(_files.Folder, "fake.xlsx");
        File.WriteAllText(path, "not a zip");

        Assert.Throws<RosterFormatException>(() => RosterReader.Read(path));
    }
}
