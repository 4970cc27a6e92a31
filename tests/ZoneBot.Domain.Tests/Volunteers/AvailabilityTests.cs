using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Volunteers;

public class AvailabilityTests
{
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
        Assert.Equal(codes, Availability.ToCodes(Availability.Parse(words)));
    }

    [Theory]
    [InlineData("看情况")]
    [InlineData("")]
    [InlineData(null)]
    public void Words_that_name_no_time_give_nothing(string? words)
    {
        Assert.Empty(Availability.Parse(words));
    }

    [Fact]
    public void Codes_read_back_to_chinese_names_and_unknown_codes_are_skipped()
    {
        Assert.Equal([AvailabilitySlot.Weekends, AvailabilitySlot.Evenings], Availability.FromCodes("evenings, weekends,mornings"));
        Assert.Equal("工作日、晚上", Availability.ChineseNames("weekdays,evenings"));
        Assert.Equal(string.Empty, Availability.ChineseNames(null));
    }

    [Theory]
    [InlineData(AvailabilitySlot.Weekdays, "weekdays", "工作日")]
    [InlineData(AvailabilitySlot.Weekends, "weekends", "周末")]
    [InlineData(AvailabilitySlot.Evenings, "evenings", "晚上")]
    public void Each_slot_has_its_stable_code_and_chinese_name(AvailabilitySlot slot, string code, string chinese)
    {
        Assert.Equal(code, slot.Code);
        Assert.Equal(chinese, slot.ChineseName);
        Assert.Equal(slot, AvailabilitySlot.FromCode(code));
    }
}
