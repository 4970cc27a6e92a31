using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Zone;

public class ZoneTimeTests
{
    [Fact]
    public void Early_morning_in_the_zone_is_already_the_next_day_in_UTC_terms()
    {
        var instant = new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 28), ZoneTime.DateOf(instant));
    }

    [Fact]
    public void Grids_are_named_by_number()
    {
        Assert.Equal("1号网格", Grid.NameFor(1));
        Assert.Equal("10号网格", Grid.NameFor(10));
    }
}
