using ZoneBot.Data;
using ZoneBot.Data.Import;

namespace ZoneBot.Data.Tests.Import;

public class RosterColumnMapTests
{
    [Theory]
    [InlineData("统一社会信用代码")]
    [InlineData("*统一社会信用代码")]
    [InlineData("统一社会信用代码（18位）")]
    [InlineData(" Credit_Code ")]
    [InlineData("CREDIT CODE")]
    [InlineData("ｃｒｅｄｉｔ ｃｏｄｅ")]
    public void Headers_match_as_people_write_them(string header)
    {
        Assert.True(FirmColumns.CreditCode.Matches(header));
    }

    [Fact]
    public void Unknown_columns_are_ignored_and_cells_found_by_header()
    {
        var map = RosterColumnMap.Bind(["序号", "企业名称", "统一社会信用代码", "地址", "行业", "颜色", "网格", "备注"], FirmColumns.All);

        var line = new RosterLine(2, ["1", " 华信电器 ", "X", "新兴大道", "电器", "绿", "1"]);

        Assert.Equal("华信电器", map.Cell(line, FirmColumns.Name));
        Assert.Equal(string.Empty, map.Cell(line, FirmColumns.ShortName));
        Assert.False(map.Has(FirmColumns.Road));
    }

    [Fact]
    public void Two_headers_for_one_column_are_refused_with_their_letters()
    {
        var error = Assert.Throws<RosterFormatException>(
            () => RosterColumnMap.Bind(["企业名称", "统一社会信用代码", "信用代码"], FirmColumns.All));

        Assert.Contains("B (统一社会信用代码) and C (信用代码)", error.Message);
    }

    [Fact]
    public void Every_missing_required_column_is_named()
    {
        var error = Assert.Throws<RosterFormatException>(() => RosterColumnMap.Bind(["企业名称", "地址"], FirmColumns.All));

        Assert.Contains("统一社会信用代码", error.Message);
        Assert.Contains("行业", error.Message);
        Assert.Contains("颜色", error.Message);
        Assert.Contains("网格", error.Message);
        Assert.DoesNotContain("简称", error.Message);
    }
}
