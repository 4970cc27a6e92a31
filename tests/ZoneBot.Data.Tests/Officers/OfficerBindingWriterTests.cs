using Dapper;
using ZoneBot.Data.Officers;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Officers;

public sealed class SqliteOfficerBindingWriterTests(SeededDatabase<SqliteProvider> seeded) : OfficerBindingWriterTests<SqliteProvider>(seeded)
{
    [Fact]
    public async Task Wrong_codes_at_once_queue_at_the_writer_and_stop_at_the_users_limit()
    {
        // One at a time on the writer: each guess reads the failures of those before it, so a burst cannot slip past the lock.
        var kit = new OfficerTestKit(Seeded.Database, ZoneInstant(2026, 12, 12, 9, 0));
        var batches = Seeded.Database.GroupCommit!.Batches;

        var outcomes = await AtOnce.RunAsync(20, i => kit.Binding.BindAsync("test", "burst", $"WRONG-{i:D2}000", "{}"));

        Assert.Equal(20, Seeded.Database.GroupCommit.Batches - batches);
        Assert.Equal((4, 16), (outcomes.Count(o => o.Outcome == BindOutcome.Invalid), outcomes.Count(o => o.Outcome == BindOutcome.LockedOut)));
        Assert.Equal(5L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM bind_failures WHERE user_id = 'burst'"));
    }
}

public sealed class PostgresOfficerBindingWriterTests(SeededDatabase<PostgresProvider> seeded) : OfficerBindingWriterTests<PostgresProvider>(seeded);

/// <summary>
/// 绑定 is written through the database's one writer on SQLite (a plain transaction on PostgreSQL): what the work wrote is
/// committed, so already bound and locked out write nothing, while a wrong code's failure is written and kept.
/// </summary>
public abstract class OfficerBindingWriterTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private protected SeededDatabase<TProvider> Seeded { get; } = seeded;

    [DatabaseFact]
    public async Task Already_bound_and_locked_out_write_nothing_and_a_wrong_code_is_kept()
    {
        var kit = new OfficerTestKit(Seeded.Database, ZoneInstant(2026, 12, 10, 9, 0));
        var first = await kit.Enrolment.IssueCodeAsync("19900000005");
        Assert.Equal(BindOutcome.Bound, (await kit.Binding.BindAsync("test", "bound-user", first!.Code, """{"serviceUrl":"http://first"}""")).Outcome);
        var second = await kit.Enrolment.IssueCodeAsync("19900000006");
        var before = await StateAsync(kit);

        var again = await kit.Binding.BindAsync("test", "bound-user", second!.Code, """{"serviceUrl":"http://second"}""");

        Assert.Equal(BindOutcome.AlreadyBound, again.Outcome);
        Assert.Equal(before, await StateAsync(kit));

        for (var i = 0; i < 5; i++)
        {
            await kit.Binding.BindAsync("test", "locked-user", $"WRONG-{i}1111", "{}", "10.0.20.1");
        }
        Assert.Equal(before.Failures + 5, (await StateAsync(kit)).Failures);
        var locked = await StateAsync(kit);

        var withGoodCode = await kit.Binding.BindAsync("test", "locked-user", second.Code, """{"serviceUrl":"http://locked"}""", "10.0.20.1");

        Assert.Equal(BindOutcome.LockedOut, withGoodCode.Outcome);
        Assert.Equal(locked, await StateAsync(kit));
        Assert.Equal(BindOutcome.Bound, (await kit.Binding.BindAsync("test", "honest-user", second.Code, "{}", "10.0.20.2")).Outcome);
    }

    [DatabaseFact]
    public async Task Twenty_users_binding_one_code_at_once_bind_it_once()
    {
        var kit = new OfficerTestKit(Seeded.Database, ZoneInstant(2026, 12, 11, 9, 0));
        var issued = await kit.Enrolment.IssueCodeAsync("19900000007");

        var results = await AtOnce.RunAsync(20, i => kit.Binding.BindAsync("test", $"racer-{i}", issued!.Code, "{}", $"10.0.21.{i}"));

        var winner = Assert.Single(results, result => result.Outcome == BindOutcome.Bound);
        Assert.All(results.Where(result => result != winner), result => Assert.Equal(BindOutcome.Invalid, result.Outcome));
        Assert.Equal(1L, await kit.Tickets.ScalarAsync(
            "SELECT COUNT(*) FROM officers WHERE phone = '19900000007' AND channel_user_id = @user AND bind_code_used = TRUE",
            new { user = winner.Officer!.ChannelUserId }));
    }

    /// <summary>Who is bound to which officer with which reference, whose codes are spent, and how many wrong codes are counted.</summary>
    private static async Task<(string Officers, long Failures)> StateAsync(OfficerTestKit kit)
    {
        await using var connection = await kit.Database.OpenAsync();
        var officers = await connection.QueryAsync<(long Id, string? User, string? Reference, bool Used)>(
            "SELECT id, channel_user_id, conversation_reference, bind_code_used FROM officers ORDER BY id");
        return (string.Join("; ", officers), await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM bind_failures"));
    }
}
