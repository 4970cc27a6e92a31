using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Firms;

public sealed class FirmNameTextTests
{
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
