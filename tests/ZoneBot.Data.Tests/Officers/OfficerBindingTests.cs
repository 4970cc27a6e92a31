using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Officers;

public sealed class SqliteOfficerBindingTests(SeededDatabase<SqliteProvider> seeded) : OfficerBindingTests<SqliteProvider>(seeded);

public sealed class PostgresOfficerBindingTests(SeededDatabase<PostgresProvider> seeded) : OfficerBindingTests<PostgresProvider>(seeded);

/// <summary>绑定: one-time codes, the lock-out after wrong ones, and the alerts that waited.</summary>
public abstract class OfficerBindingTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly SeededDatabase<TProvider> _seeded = seeded;

    [DatabaseFact]
    public async Task A_good_code_binds_the_chat_user_and_stores_the_reference()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 11, 9, 0));
        var issued = await kit.Enrolment.IssueCodeAsync("19900000003");

        var result = await kit.Binding.BindAsync("test", "good-user", issued!.Code.ToLowerInvariant(), """{"serviceUrl":"http://x"}""");

        Assert.Equal(BindOutcome.Bound, result.Outcome);
        Assert.Equal(("王思远", "test", "good-user"), (result.Officer!.Name, result.Officer.ChannelId, result.Officer.ChannelUserId));
        Assert.Equal(1L, await kit.Tickets.ScalarAsync(
            "SELECT COUNT(*) FROM officers WHERE phone = '19900000003' AND conversation_reference LIKE '%http://x%' AND bind_code_used = TRUE"));
    }

    [DatabaseFact]
    public async Task A_used_code_a_wrong_code_and_an_expired_code_get_the_same_answer()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 12, 9, 0));
        var used = await kit.Enrolment.IssueCodeAsync("19900000004");
        await kit.Binding.BindAsync("test", "first-user", used!.Code, "{}");
        var expiring = await kit.Enrolment.IssueCodeAsync("19900000006");
        kit.Clock.Advance(TimeSpan.FromHours(72));

        var reused = await kit.Binding.BindAsync("test", "second-user", used.Code, "{}");
        var wrong = await kit.Binding.BindAsync("test", "third-user", "AAAAA-BBBBB", "{}");
        var expired = await kit.Binding.BindAsync("test", "fourth-user", expiring!.Code, "{}");

        Assert.Equal([BindOutcome.Invalid, BindOutcome.Invalid, BindOutcome.Invalid], [reused.Outcome, wrong.Outcome, expired.Outcome]);
        Assert.All([reused, wrong, expired], result => Assert.Null(result.Officer));
    }

    [DatabaseFact]
    public async Task Five_wrong_codes_in_an_hour_lock_the_user_out_for_an_hour_even_with_a_good_code_and_after_a_restart()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 13, 9, 0));
        var good = await kit.Enrolment.IssueCodeAsync("19900000007");
        var outcomes = new List<BindOutcome>();
        for (var i = 0; i < 5; i++)
        {
            outcomes.Add((await kit.Binding.BindAsync("test", "guesser", $"WRONG-{i}0000", "{}")).Outcome);
            kit.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var restarted = new OfficerBinding(_seeded.Database, kit.Clock);
        var locked = await restarted.BindAsync("test", "guesser", good!.Code, "{}");
        var someoneElse = await restarted.BindAsync("test", "another-user", "WRONG-99999", "{}");
        kit.Clock.Advance(TimeSpan.FromMinutes(56));
        var later = await restarted.BindAsync("test", "guesser", good.Code, "{}");

        Assert.Equal([BindOutcome.Invalid, BindOutcome.Invalid, BindOutcome.Invalid, BindOutcome.Invalid, BindOutcome.LockedOut], outcomes);
        Assert.Equal(BindOutcome.LockedOut, locked.Outcome);
        Assert.Equal(ZoneInstant(2026, 11, 13, 10, 20), locked.LockedUntil);
        Assert.Equal(BindOutcome.Invalid, someoneElse.Outcome);
        Assert.Equal(BindOutcome.Bound, later.Outcome);
    }

    [DatabaseFact]
    public async Task Alerts_that_waited_for_an_officer_are_due_again_when_they_bind()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 14, 9, 0));
        var filed = await kit.FileInGridAsync(8);
        await kit.ExecuteAsync("UPDATE outbox SET next_attempt_at = '2099-01-01T00:00:00.0000000Z' WHERE payload LIKE '%' || @number || '%'", new { number = filed.Number });
        var issued = await kit.Enrolment.IssueCodeAsync("19900000008");

        var result = await kit.Binding.BindAsync("test", "late-binder", issued!.Code, "{}");

        Assert.True(result.PendingAlerts >= 1);
        Assert.Equal(0L, await kit.Tickets.ScalarAsync(
            "SELECT COUNT(*) FROM outbox WHERE payload LIKE '%' || @number || '%' AND next_attempt_at > @now",
            new { number = filed.Number, now = kit.Clock.GetUtcNow() }));
    }

    [DatabaseFact]
    public async Task A_chat_user_who_is_already_an_officer_is_told_so_and_nothing_is_counted()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 15, 9, 0));
        var first = await kit.Enrolment.IssueCodeAsync("19900000009");
        await kit.Binding.BindAsync("test", "twice", first!.Code, "{}");
        var second = await kit.Enrolment.IssueCodeAsync("19900000010");

        var result = await kit.Binding.BindAsync("test", "twice", second!.Code, "{}");

        Assert.Equal((BindOutcome.AlreadyBound, "施丽君"), (result.Outcome, result.Officer!.Name));
        Assert.Equal(0L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM bind_failures WHERE user_id = 'twice'"));
    }
}
