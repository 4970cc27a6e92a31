using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Volunteers;

public class AvailabilityTests
{
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
