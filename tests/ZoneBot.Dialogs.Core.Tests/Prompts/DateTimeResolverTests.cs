namespace ZoneBot.Dialogs.Core.Tests.Prompts;

public class DateTimeResolverTests
{
    // Thursday 26 November 2026, 10:00.
    private static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0);

    [Fact]
    public void An_ambiguous_hour_lists_the_coming_readings_earliest_first()
    {
        var readings = DateTimeResolver.Resolve("3点", Locales.Chinese, Now);

        Assert.Equal(
            [new DateTime(2026, 11, 26, 15, 0, 0), new DateTime(2026, 11, 27, 3, 0, 0)],
            readings.Select(reading => reading.Value));
    }

    [Fact]
    public void A_date_without_a_year_that_has_passed_this_year_is_next_years()
    {
        var reading = Assert.Single(DateTimeResolver.Resolve("3月1日", Locales.Chinese, Now));

        Assert.Equal(new DateTime(2027, 3, 1), reading.Value);
        Assert.Equal("XXXX-03-01", reading.Timex);
    }

    [Fact]
    public void A_weekday_that_is_today_stays_today()
    {
        var reading = Assert.Single(DateTimeResolver.Resolve("周四", Locales.Chinese, Now));

        Assert.Equal(new DateTime(2026, 11, 26), reading.Value);
    }

    [Fact]
    public void A_past_date_said_plainly_is_kept()
    {
        var reading = Assert.Single(DateTimeResolver.Resolve("昨天", Locales.Chinese, Now));

        Assert.Equal(new DateTime(2026, 11, 25), reading.Value);
    }

    [Theory]
    [InlineData("三个小时")]
    [InlineData("每周一")]
    [InlineData("")]
    [InlineData("好的")]
    public void Durations_repeats_and_non_dates_give_nothing(string text)
    {
        Assert.Empty(DateTimeResolver.Resolve(text, Locales.Chinese, Now));
    }
}
