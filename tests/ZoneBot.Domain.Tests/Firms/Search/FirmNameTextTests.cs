using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Firms.Search;

public class FirmNameTextTests
{
    [Theory]
    [InlineData("慈溪市华信电器有限公司", "华信电器")]
    [InlineData("宁波天兴电器有限公司", "天兴电器")]
    [InlineData("浙江省慈溪市ABC照明股份有限公司", "ABC照明")]
    [InlineData("慈溪市荣隆厨具厂", "荣隆厨具")]
    [InlineData("  宏达汽配集团  ", "宏达汽配")]
    public void A_short_name_strips_the_place_and_the_legal_form_but_keeps_the_characters(string name, string expected)
    {
        Assert.Equal(expected, FirmNameText.ShortName(name));
    }

    [Theory]
    [InlineData("慈溪市有限公司")]
    [InlineData("华厂")]
    public void A_short_name_never_strips_a_name_down_to_nothing(string name)
    {
        Assert.NotEmpty(FirmNameText.ShortName(name));
    }

    [Fact]
    public void The_short_name_and_the_core_name_agree_once_normalised()
    {
        const string name = "慈溪市ABC 照明有限公司";

        Assert.Equal(FirmNameText.Core(name), FirmNameText.Normalize(FirmNameText.ShortName(name)));
    }

    [Theory]
    [InlineData("慈溪市华信电器有限公司", "华信电器")]
    [InlineData("宁波嘉诚汽配股份有限公司", "嘉诚汽配")]
    [InlineData("慈溪市荣隆厨具厂", "荣隆厨具")]
    [InlineData("浙江宁波华信电器有限责任公司", "华信电器")]
    [InlineData("华信 电器", "华信电器")]
    [InlineData("ＡＢＣ电器", "abc电器")]
    [InlineData("厂", "厂")]
    public void The_core_name_drops_place_prefix_legal_suffix_spaces_and_width(string name, string core)
    {
        Assert.Equal(core, FirmNameText.Core(name));
    }

    [Fact]
    public void Bigrams_are_the_overlapping_pairs()
    {
        Assert.True(FirmNameText.Bigrams("华信电器").SetEquals(["华信", "信电", "电器"]));
    }
}
