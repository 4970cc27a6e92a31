using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests;

public class PhoneMaskTests
{
    [Theory]
    [InlineData("13805741234", "138****1234")]
    [InlineData(" 19900010093 ", "199****0093")]
    [InlineData("057463012345", "057****2345")]
    [InlineData("1234", "****")]
    [InlineData("", "****")]
    [InlineData(null, "****")]
    public void A_phone_shows_its_first_three_and_last_four_digits_only(string? phone, string expected)
    {
        Assert.Equal(expected, PhoneMask.Mask(phone));
    }
}
