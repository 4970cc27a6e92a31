using ZoneBot.Dialogs.Liaison;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Tests.Liaison;

/// <summary>Grid numbers as people type them; Chinese numerals are read by the Recognizers' NumberRecognizer.</summary>
public sealed class GridReferenceTests
{
    private static readonly GridReference Grids = new(new WordLists());

    [Theory]
    [InlineData("第十网格的社管员是谁", 10)]
    [InlineData("十二号网格", 12)]
    [InlineData("3号网格的社管员", 3)]
    [InlineData("我们在第三网格", 3)]
    [InlineData("二十号网格归谁管", 20)]
    [InlineData("网格 7 的电话", 7)]
    [InlineData("grid 4", 4)]
    public void A_grid_number_is_read_in_arabic_or_chinese_numerals(string text, int number)
    {
        Assert.Equal(number, Grids.Find(text));
    }

    [Theory]
    [InlineData("3号车间漏水")]
    [InlineData("网格员电话多少")]
    [InlineData("")]
    public void A_message_without_a_grid_number_has_none(string text)
    {
        Assert.Null(Grids.Find(text));
    }
}
