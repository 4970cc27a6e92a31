using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Verification;

public sealed class AttemptLimitTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 1, 9, 0, 0, ZoneTime.Offset);
    private static readonly AttemptLimit ThreeAnHour = new(3, TimeSpan.FromHours(1), TimeSpan.FromMinutes(30));

    [Fact]
    public void The_limit_locks_from_the_last_wrong_try_that_reaches_it()
    {
        DateTimeOffset[] failures = [Nine, Nine.AddMinutes(10), Nine.AddMinutes(20)];

        Assert.Equal(Nine.AddMinutes(50), ThreeAnHour.LockedUntil(failures, Nine.AddMinutes(21)));
        Assert.Null(ThreeAnHour.LockedUntil(failures, Nine.AddMinutes(50)));
        Assert.Null(ThreeAnHour.LockedUntil(failures[..2], Nine.AddMinutes(21)));
    }

    [Fact]
    public void Wrong_tries_spread_wider_than_the_window_do_not_lock()
    {
        DateTimeOffset[] failures = [Nine, Nine.AddMinutes(40), Nine.AddMinutes(61)];

        Assert.Null(ThreeAnHour.LockedUntil(failures, Nine.AddMinutes(62)));
        Assert.Equal(TimeSpan.FromMinutes(90), ThreeAnHour.LookBack);
    }

    [Fact]
    public void Binding_is_limited_per_user_per_address_and_overall_in_that_order_of_strictness()
    {
        Assert.True(BindLockout.PerUser.MaxFailures < BindLockout.PerAddress.MaxFailures);
        Assert.True(BindLockout.PerAddress.MaxFailures < BindLockout.Overall.MaxFailures);
    }

    [Fact]
    public void An_SMS_code_is_six_digits_and_hashes_as_typed_with_spaces()
    {
        var code = MembershipCode.NewSmsCode();

        Assert.Matches(@"^\d{6}$", code);
        Assert.Equal(MembershipCode.Hash(code), MembershipCode.Hash($" {code[..3]} {code[3..]} "));
        Assert.NotEqual(code, MembershipCode.Hash(code));
    }

    [Fact]
    public void The_verification_settings_give_each_count_its_own_limit()
    {
        var options = new FirmVerificationOptions { MaxFailuresPerUser = 4, MaxFailuresPerFirm = 9, MaxFailuresPerAddress = 15, WindowMinutes = 30, LockoutMinutes = 45 };

        Assert.Equal(new AttemptLimit(4, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(45)), options.PerUser);
        Assert.Equal(9, options.PerFirm.MaxFailures);
        Assert.Equal(15, options.PerAddress.MaxFailures);
        Assert.Equal(TimeSpan.FromMinutes(10), new FirmVerificationOptions().SmsCodeValidFor);
    }
}
