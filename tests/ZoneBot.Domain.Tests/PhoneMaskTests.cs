using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests;

public class PhoneMaskTests
{
    [Theory]
    [InlineData("13805741234", "138****1234")]
    [InlineData("057463012345", "057*****2345")]
    [InlineData("63012345", "****2345")]
    [InlineData("110", "***")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_phone_keeps_only_enough_digits_to_tell_it_apart(string? phone, string masked)
    {
        Assert.Equal(masked, PhoneMask.Mask(phone));
    }
}
