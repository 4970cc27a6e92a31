using ZoneBot.Data;
using ZoneBot.Data.Import;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Import;

public class RosterValuesTests
{
    [Theory]
    [InlineData("红", FirmColour.Red)]
    [InlineData("红色", FirmColour.Red)]
    [InlineData("RED", FirmColour.Red)]
    [InlineData(" 橙 ", FirmColour.Orange)]
    [InlineData("yellow", FirmColour.Yellow)]
    [InlineData("绿色", FirmColour.Green)]
    public void Colours_are_read_by_character_name_or_code(string text, FirmColour expected)
    {
        Assert.True(RosterValues.TryColour(text, out var colour));
        Assert.Equal(expected, colour);
    }

    [Theory]
    [InlineData("")]
    [InlineData("紫")]
    [InlineData("蓝色")]
    public void Other_colours_are_refused(string text)
    {
        Assert.False(RosterValues.TryColour(text, out _));
    }

    [Theory]
    [InlineData("化纤", Industry.ChemicalFibre)]
    [InlineData("chemical_fibre", Industry.ChemicalFibre)]
    [InlineData("汽配", Industry.AutoParts)]
    [InlineData("其它", Industry.Other)]
    [InlineData("其他", Industry.Other)]
    public void Industries_are_read_by_chinese_name_or_code(string text, Industry expected)
    {
        Assert.True(RosterValues.TryIndustry(text, out var industry));
        Assert.Equal(expected, industry);
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("３", 3)]
    [InlineData("3号网格", 3)]
    [InlineData("第10网格", 10)]
    [InlineData("12号", 12)]
    public void Grid_numbers_are_read_with_or_without_their_words(string text, int expected)
    {
        Assert.True(RosterValues.TryGridNumber(text, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("三号网格")]
    [InlineData("G03")]
    [InlineData("")]
    public void Other_grid_numbers_are_refused(string text)
    {
        Assert.False(RosterValues.TryGridNumber(text, out _));
    }

    [Theory]
    [InlineData("13805741234", "13805741234")]
    [InlineData("138 0574 1234", "13805741234")]
    [InlineData("+86 138-0574-1234", "13805741234")]
    [InlineData("８６１３８０５７４１２３４", "13805741234")]
    [InlineData("0574-63012345", "057463012345")]
    [InlineData("(0574) 6301 2345", "057463012345")]
    public void Phones_are_read_as_their_digits(string text, string expected)
    {
        Assert.True(RosterValues.TryPhone(text, out var digits));
        Assert.Equal(expected, digits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1380574123")]
    [InlineData("63012345")]
    [InlineData("12345678901")]
    [InlineData("13805741234转8")]
    public void Phones_that_are_not_a_mobile_or_a_full_landline_are_refused(string text)
    {
        Assert.False(RosterValues.TryPhone(text, out _));
    }

    [Theory]
    [InlineData("新兴大道、滨海一路", "新兴大道、滨海一路")]
    [InlineData("新兴大道，滨海一路; 兴慈二路", "新兴大道、滨海一路、兴慈二路")]
    [InlineData("新兴大道 新兴大道", "新兴大道")]
    public void Roads_are_joined_with_the_chinese_list_comma(string text, string expected)
    {
        Assert.Equal(expected, RosterValues.JoinRoads(text));
    }

    [Fact]
    public void No_roads_is_null()
    {
        Assert.Null(RosterValues.JoinRoads(" "));
    }
}
