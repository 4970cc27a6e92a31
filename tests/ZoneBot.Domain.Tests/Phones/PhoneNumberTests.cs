using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Phones;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("13805741234", "13805741234")]
    [InlineData("138 0574 1234", "13805741234")]
    [InlineData("138-0574-1234", "13805741234")]
    [InlineData("+86 138 0574 1234", "13805741234")]
    [InlineData("+8613805741234", "13805741234")]
    [InlineData("0086 13805741234", "13805741234")]
    [InlineData("１３８０５７４１２３４", "13805741234")]
    [InlineData(" 19957412345 ", "19957412345")]
    public void A_mobile_is_read_as_its_eleven_digits_however_it_is_written(string text, string digits)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal(digits, phone.Digits);
        Assert.True(phone.IsMobile);
    }

    [Theory]
    [InlineData("0574-63012345", "057463012345")]
    [InlineData("（0574）6301 2345", "057463012345")]
    [InlineData("(0574) 6301-2345", "057463012345")]
    [InlineData("0574 6301 2345", "057463012345")]
    [InlineData("+86 574 6301 2345", "057463012345")]
    [InlineData("+86-574-63012345", "057463012345")]
    [InlineData("010-62345678", "01062345678")]
    public void A_landline_keeps_the_zero_of_its_area_code(string text, string digits)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone));
        Assert.Equal(digits, phone.Digits);
        Assert.False(phone.IsMobile);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1380574123")]
    [InlineData("138057412345")]
    [InlineData("12805741234")]
    [InlineData("63012345")]
    [InlineData("12345678901")]
    [InlineData("13805741234转8")]
    [InlineData("我的电话是13805741234")]
    [InlineData("+1 650 253 0000")]
    [InlineData("abc-defg-hijk")]
    public void What_is_no_chinese_mobile_or_full_landline_is_refused(string? text)
    {
        Assert.False(PhoneNumber.TryParse(text, out _));
        Assert.Null(PhoneNumber.Parse(text));
    }

    [Fact]
    public void The_same_number_written_two_ways_is_one_value()
    {
        Assert.Equal(PhoneNumber.Parse("+86 138 0574 1234"), PhoneNumber.Parse("13805741234"));
        Assert.Equal("057463012345", PhoneNumber.Parse("0574-63012345").ToString());
    }
}
