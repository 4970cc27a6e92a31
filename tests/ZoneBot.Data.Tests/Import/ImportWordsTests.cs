using ZoneBot.Data;
using ZoneBot.Data.Import;

namespace ZoneBot.Data.Tests.Import;

/// <summary>The spreadsheets' headers and value words are data (Import/ImportWords.json), read once.</summary>
public class ImportWordsTests
{
    [Fact]
    public void Every_list_of_the_import_words_has_words()
    {
        var lists = ImportWords.All().ToList();

        Assert.Contains(lists, list => list.Section == "firms" && list.Key == "credit_code");
        Assert.Contains(lists, list => list.Section == "grids" && list.Key == "liaison_phone");
        Assert.DoesNotContain(lists, list => list.Words.Length == 0);
    }

    [Fact]
    public void Each_column_keeps_the_towns_chinese_header_first_and_matches_its_english_one()
    {
        Assert.Equal("统一社会信用代码", FirmColumns.CreditCode.Title);
        Assert.True(FirmColumns.CreditCode.Matches("Credit Code"));
        Assert.True(GridColumns.LiaisonPhone.Matches("社管员手机（必填）"));
        Assert.All(FirmColumns.All.Concat(GridColumns.All), column => Assert.NotEmpty(column.Headers));
    }
}
