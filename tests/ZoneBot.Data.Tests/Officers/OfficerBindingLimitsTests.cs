using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Officers;

public sealed class SqliteOfficerBindingLimitsTests(SeededDatabase<SqliteProvider> seeded) : OfficerBindingLimitsTests<SqliteProvider>(seeded);

public sealed class PostgresOfficerBindingLimitsTests(SeededDatabase<PostgresProvider> seeded) : OfficerBindingLimitsTests<PostgresProvider>(seeded);

/// <summary>
/// 绑定 code guessing is limited beyond one chat user: a new from.id costs a guesser nothing, so wrong codes
/// also count per client address and over everyone. Each class has a database of its own: the overall count is shared.
/// </summary>
public abstract class OfficerBindingLimitsTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    [DatabaseFact]
    public async Task Guessing_with_a_new_user_id_each_time_is_locked_per_address_then_overall()
    {
        var kit = new OfficerTestKit(seeded.Database, ZoneInstant(2026, 12, 1, 9, 0));
        var good = await kit.Enrolment.IssueCodeAsync("19900000005");

        // One address, a fresh from.id for every guess: the 20th wrong code locks the address.
        var fromOneAddress = new List<BindOutcome>();
        for (var i = 0; i < BindLockout.PerAddress.MaxFailures; i++)
        {
            fromOneAddress.Add((await kit.Binding.BindAsync("test", $"fresh-{i}", $"WRONG-{i:D5}", "{}", "203.0.113.7")).Outcome);
        }
        Assert.All(fromOneAddress.SkipLast(1), outcome => Assert.Equal(BindOutcome.Invalid, outcome));
        Assert.Equal(BindOutcome.LockedOut, fromOneAddress[^1]);
        var nextFresh = await kit.Binding.BindAsync("test", "fresh-next", good!.Code, "{}", "203.0.113.7");
        Assert.Equal(BindOutcome.LockedOut, nextFresh.Outcome);
        Assert.Equal(ZoneInstant(2026, 12, 1, 10, 0), nextFresh.LockedUntil);

        // Spread over many addresses: the 100th wrong code in the hour pauses binding for everyone.
        var spread = new List<BindOutcome>();
        for (var i = BindLockout.PerAddress.MaxFailures; i < BindLockout.Overall.MaxFailures; i++)
        {
            spread.Add((await kit.Binding.BindAsync("test", $"bot-{i}", $"WRONG-{i:D5}", "{}", $"198.51.100.{i}")).Outcome);
        }
        Assert.All(spread.SkipLast(1), outcome => Assert.Equal(BindOutcome.Invalid, outcome));
        Assert.Equal(BindOutcome.LockedOut, spread[^1]);
        Assert.Equal(BindOutcome.LockedOut, (await kit.Binding.BindAsync("test", "the-officer", good.Code, "{}", "192.0.2.1")).Outcome);

        // An hour after the last wrong code the officer binds with the code they were given.
        kit.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(BindOutcome.Bound, (await kit.Binding.BindAsync("test", "the-officer", good.Code, "{}", "192.0.2.1")).Outcome);
    }
}
