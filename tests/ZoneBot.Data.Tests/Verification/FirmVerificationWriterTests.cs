using ZoneBot.Data.Verification;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Verification;

public sealed class SqliteFirmVerificationWriterTests(SeededDatabase<SqliteProvider> seeded) : FirmVerificationWriterTests<SqliteProvider>(seeded)
{
    [Fact]
    public async Task Wrong_codes_at_once_queue_at_the_writer_and_stop_at_the_users_limit()
    {
        // One at a time on the writer: each guess reads the failures of those before it, so a burst of guesses cannot
        // all slip in before the lock.
        var kit = new MembershipKit(Seeded.Database, ZoneInstant(2026, 12, 14, 9, 0), new FirmVerificationOptions { MaxFailuresPerUser = 5 });
        var firmId = await kit.FirmAsync(14);
        var batches = Seeded.Database.GroupCommit!.Batches;

        var outcomes = await AtOnce.RunAsync(20, i => kit.VerifyAsync(firmId, "burst", $"WRONG-{i:D2}AAA", null));

        Assert.Equal(20, Seeded.Database.GroupCommit.Batches - batches);
        Assert.Equal((4, 16), (outcomes.Count(o => o == VerifyOutcome.Invalid), outcomes.Count(o => o == VerifyOutcome.LockedOut)));
        Assert.Equal(5L, await kit.Officers.Tickets.ScalarAsync("SELECT COUNT(*) FROM firm_code_failures WHERE user_id = 'burst'"));
    }
}

public sealed class PostgresFirmVerificationWriterTests(SeededDatabase<PostgresProvider> seeded) : FirmVerificationWriterTests<PostgresProvider>(seeded);

/// <summary>
/// Membership codes are issued and checked through the database's one writer on SQLite (a plain transaction on PostgreSQL):
/// a locked-out try or a refused SMS writes nothing, while a wrong code's failure is written and kept.
/// </summary>
public abstract class FirmVerificationWriterTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private protected SeededDatabase<TProvider> Seeded { get; } = seeded;

    [DatabaseFact]
    public async Task A_wrong_code_is_kept_and_a_locked_out_try_writes_nothing_not_even_with_the_good_code()
    {
        var kit = new MembershipKit(Seeded.Database, ZoneInstant(2026, 12, 10, 9, 0), new FirmVerificationOptions { MaxFailuresPerUser = 2 });
        var firmId = await kit.FirmAsync(10);
        var good = await kit.Verification.IssueLiaisonCodeAsync(firmId, officer: null);

        Assert.Equal(VerifyOutcome.Invalid, await kit.VerifyAsync(firmId, "locked", "WRONG-AAAAA", "10.0.10.1"));
        Assert.Equal(1L, await FailuresAsync(kit, "locked"));
        Assert.Equal(VerifyOutcome.LockedOut, await kit.VerifyAsync(firmId, "locked", "WRONG-BBBBB", "10.0.10.1"));
        Assert.Equal(2L, await FailuresAsync(kit, "locked"));

        Assert.Equal(VerifyOutcome.LockedOut, await kit.VerifyAsync(firmId, "locked", "WRONG-CCCCC", "10.0.10.1"));
        Assert.Equal(VerifyOutcome.LockedOut, await kit.VerifyAsync(firmId, "locked", good!.Code, "10.0.10.1"));

        Assert.Equal(2L, await FailuresAsync(kit, "locked"));
        Assert.False(await kit.Membership.IsMemberAsync("test", "locked", firmId));
        Assert.Equal(VerifyOutcome.Verified, await kit.VerifyAsync(firmId, "colleague", good.Code, "10.0.10.2"));
    }

    [DatabaseFact]
    public async Task A_refused_SMS_request_stores_no_code_and_sends_nothing()
    {
        var kit = new MembershipKit(Seeded.Database, ZoneInstant(2026, 12, 11, 9, 0), new FirmVerificationOptions { SmsPerFirm = 1, MaxFailuresPerUser = 1 });
        var firmId = await kit.FirmAsync(11);
        Assert.Equal(SmsRequestOutcome.Sent, (await kit.Verification.RequestSmsCodeAsync(firmId, "test", "first", "10.0.11.1")).Outcome);
        Assert.Equal(VerifyOutcome.LockedOut, await kit.VerifyAsync(await kit.FirmAsync(12), "locked-asker", "WRONG-AAAAA", "10.0.11.2"));
        var codes = await CodesAsync(kit);

        var tooMany = await kit.Verification.RequestSmsCodeAsync(firmId, "test", "second", "10.0.11.3");
        var locked = await kit.Verification.RequestSmsCodeAsync(await kit.FirmAsync(12), "test", "locked-asker", "10.0.11.2");

        Assert.Equal((SmsRequestOutcome.TooMany, SmsRequestOutcome.LockedOut), (tooMany.Outcome, locked.Outcome));
        Assert.Equal(codes, await CodesAsync(kit));
        Assert.Single(await kit.SentAsync(firmId));
        Assert.Empty(await kit.SentAsync(await kit.FirmAsync(12)));
    }

    [DatabaseFact]
    public async Task Twenty_codes_checked_at_once_all_link_their_users()
    {
        var kit = new MembershipKit(Seeded.Database, ZoneInstant(2026, 12, 13, 9, 0));
        var firmId = await kit.FirmAsync(13);
        var codes = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            codes.Add((await kit.Verification.IssueLiaisonCodeAsync(firmId, officer: null))!.Code);
        }

        var outcomes = await AtOnce.RunAsync(20, i => kit.VerifyAsync(firmId, $"at-once-{i}", codes[i], $"10.0.13.{i}"));

        Assert.All(outcomes, outcome => Assert.Equal(VerifyOutcome.Verified, outcome));
        Assert.Equal(20L, await kit.Officers.Tickets.ScalarAsync(
            "SELECT COUNT(*) FROM firm_users WHERE user_id LIKE 'at-once-%' AND firm_id = @firmId AND verified_by = 'liaison'", new { firmId }));
        Assert.Equal(0L, await kit.Officers.Tickets.ScalarAsync(
            "SELECT COUNT(*) FROM firm_codes WHERE firm_id = @firmId AND used_at IS NULL", new { firmId }));
    }

    private static Task<long> FailuresAsync(MembershipKit kit, string user) =>
        kit.Officers.Tickets.ScalarAsync("SELECT COUNT(*) FROM firm_code_failures WHERE user_id = @user", new { user });

    private static Task<long> CodesAsync(MembershipKit kit) => kit.Officers.Tickets.ScalarAsync("SELECT COUNT(*) FROM firm_codes");
}
