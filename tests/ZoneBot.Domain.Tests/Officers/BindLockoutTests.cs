using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Officers;

public class BindLockoutTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, ZoneTime.Offset);

    private static IEnumerable<DateTimeOffset> Minutes(params int[] minutes) => minutes.Select(m => Start.AddMinutes(m));

    [Fact]
    public void Four_wrong_codes_do_not_lock()
    {
        Assert.Null(BindLockout.LockedUntil(Minutes(0, 1, 2, 3), Start.AddMinutes(4)));
    }

    [Fact]
    public void The_fifth_wrong_code_within_an_hour_locks_for_an_hour_after_it()
    {
        var failures = Minutes(0, 10, 20, 30, 40);

        Assert.Equal(Start.AddMinutes(100), BindLockout.LockedUntil(failures, Start.AddMinutes(41)));
        Assert.Equal(Start.AddMinutes(100), BindLockout.LockedUntil(failures, Start.AddMinutes(99)));
        Assert.Null(BindLockout.LockedUntil(failures, Start.AddMinutes(100)));
    }

    [Fact]
    public void Five_wrong_codes_spread_over_more_than_an_hour_do_not_lock()
    {
        Assert.Null(BindLockout.LockedUntil(Minutes(0, 20, 40, 60, 61), Start.AddMinutes(62)));
    }
}
