using System.Globalization;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Understanding;

/// <summary>A message with too few digits for any phone number is not given to the phone recognizer: that must lose no number.</summary>
public sealed class PhoneFinderTests
{
    [Fact]
    public void No_number_with_fewer_digits_than_the_finder_looks_for_is_a_valid_phone()
    {
        var valid = new List<string>();
        for (var length = 1; length < PhoneFinder.FewestDigits; length++)
        {
            var count = (int)Math.Pow(10, length);
            for (var value = 0; value < count; value++)
            {
                var digits = value.ToString(CultureInfo.InvariantCulture).PadLeft(length, '0');
                valid.AddRange(new[] { digits, "+" + digits, "+86" + digits, "(0" + digits + ")" }.Where(text => PhoneNumber.Parse(text) is not null));
            }
        }

        Assert.Empty(valid);
        // The other side: the shortest numbers people give are found, in a sentence and in full-width digits.
        Assert.Equal("13905741234", PhoneFinder.Find("联系人王经理 139 0574 1234")?.Digits);
        Assert.Equal("13905741234", PhoneFinder.Find("电话１３９０５７４１２３４")?.Digits);
        Assert.Equal("057463012345", PhoneFinder.Find("座机0574-63012345")?.Digits);
    }

    [Theory]
    [InlineData("好的")]
    [InlineData("3")]
    [InlineData("3号车间东侧")]
    [InlineData("明天下午3点")]
    public void A_short_answer_with_few_digits_gives_no_phone(string text) => Assert.Null(PhoneFinder.Find(text));
}
