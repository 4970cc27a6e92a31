using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Firms;

public class FirmCodesTests
{
    [Theory]
    [InlineData(Industry.ChemicalFibre, "chemical_fibre", "化纤")]
    [InlineData(Industry.Electrical, "electrical", "电器")]
    [InlineData(Industry.Kitchenware, "kitchenware", "厨具")]
    [InlineData(Industry.AutoParts, "auto_parts", "汽配")]
    [InlineData(Industry.Lighting, "lighting", "灯具")]
    public void Each_industry_of_the_zone_has_its_code_and_Chinese_name(Industry industry, string code, string chinese)
    {
        Assert.Equal(code, industry.Code);
        Assert.Equal(chinese, industry.ChineseName);
        Assert.Equal(industry, Industry.FromCode(code));
    }

    [Theory]
    [InlineData(FirmColour.Green, "green")]
    [InlineData(FirmColour.Yellow, "yellow")]
    [InlineData(FirmColour.Orange, "orange")]
    [InlineData(FirmColour.Red, "red")]
    public void Each_colour_has_its_code(FirmColour colour, string code)
    {
        Assert.Equal(code, colour.Code);
        Assert.True(FirmColour.TryFromCode(code.ToUpperInvariant(), out var parsed));
        Assert.Equal(colour, parsed);
    }
}
