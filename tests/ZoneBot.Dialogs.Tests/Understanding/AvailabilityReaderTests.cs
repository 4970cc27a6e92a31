using ZoneBot.Dialogs.Understanding;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Understanding;

/// <summary>Availability in the volunteer's own words, read with the Entities word lists.</summary>
public class AvailabilityReaderTests
{
    private static readonly AvailabilityReader Reader = new(Recognizers.Words);

    [Theory]
    [InlineData("工作日", "weekdays")]
    [InlineData("周末", "weekends")]
    [InlineData("晚上", "evenings")]
    [InlineData("周末和晚上", "weekends,evenings")]
    [InlineData("晚上、周末", "weekends,evenings")]
    [InlineData("平时下班后", "weekdays,evenings")]
    [InlineData("周六周日都行", "weekends")]
    [InlineData("周末晚上都可以", "weekends,evenings")]
    [InlineData("星期天", "weekends")]
    [InlineData("都可以", "weekdays,weekends,evenings")]
    [InlineData("随时", "weekdays,weekends,evenings")]
    [InlineData("Weekends and evenings", "weekends,evenings")]
    [InlineData("ＷＥＥＫＤＡＹＳ", "weekdays")]
    [InlineData("any time", "weekdays,weekends,evenings")]
    public void Words_people_use_are_stored_as_codes_in_a_fixed_order(string words, string codes)
    {
        Assert.Equal(codes, Availability.ToCodes(Reader.Parse(words)));
    }

    [Theory]
    [InlineData("看情况")]
    [InlineData("")]
    [InlineData(null)]
    public void Words_that_name_no_time_give_nothing(string? words)
    {
        Assert.Empty(Reader.Parse(words));
    }
}
