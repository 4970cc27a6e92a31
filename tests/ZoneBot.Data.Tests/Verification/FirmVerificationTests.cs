using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Verification;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Verification;

public sealed class SqliteFirmVerificationTests(SeededDatabase<SqliteProvider> seeded) : FirmVerificationTests<SqliteProvider>(seeded);

public sealed class PostgresFirmVerificationTests(SeededDatabase<PostgresProvider> seeded) : FirmVerificationTests<PostgresProvider>(seeded);

/// <summary>Membership codes: sent by SMS or issued by the liaison, hashed, short-lived, used once, and guessing limited.</summary>
public abstract class FirmVerificationTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    [DatabaseFact]
    public async Task An_SMS_code_goes_to_the_firms_phone_masked_and_verifies_only_the_user_who_asked()
    {
        var kit = new MembershipKit(seeded.Database, ZoneInstant(2026, 12, 1, 9, 0));
        var firmId = await kit.FirmAsync(1);

        var sent = await kit.Verification.RequestSmsCodeAsync(firmId, "test", "asker", "10.0.0.1");
        var (phone, code) = (await kit.SentAsync(firmId)).Single();

        Assert.Equal((SmsRequestOutcome.Sent, "199****0001"), (sent.Outcome, sent.MaskedPhone));
        Assert.Equal("199****0001", phone);
        Assert.Equal(ZoneInstant(2026, 12, 1, 9, 10), sent.ExpiresAt);
        Assert.Equal(0L, await kit.Officers.Tickets.ScalarAsync("SELECT COUNT(*) FROM firm_codes WHERE code_hash = @code", new { code }));
        Assert.Equal(VerifyOutcome.Invalid, await kit.VerifyAsync(firmId, "someone-else", code));
        Assert.Equal(VerifyOutcome.Verified, await kit.VerifyAsync(firmId, "asker", code));
        Assert.True(await kit.Membership.IsMemberAsync("test", "asker", firmId));
        Assert.False(await kit.Membership.IsMemberAsync("test", "someone-else", firmId));
        Assert.Equal(1L, await kit.Officers.Tickets.ScalarAsync(
            "SELECT COUNT(*) FROM firm_users WHERE user_id = 'asker' AND firm_id = @firmId AND verified_by = 'sms'", new { firmId }));
    }

    [DatabaseFact]
    public async Task A_liaisons_code_works_once_for_anyone_and_not_after_it_expires()
    {
        var kit = new MembershipKit(seeded.Database, ZoneInstant(2026, 12, 2, 9, 0));
        var firmId = await kit.FirmAsync(2);
        var liaison = await kit.Officers.OfficerAsync("19900000001");
        var first = await kit.Verification.IssueLiaisonCodeAsync(firmId, liaison);
        var second = await kit.Verification.IssueLiaisonCodeAsync(firmId, officer: null);

        Assert.Equal(VerifyOutcome.Verified, await kit.VerifyAsync(firmId, "clerk", $" {first!.Code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)} "));
        Assert.Equal(VerifyOutcome.Invalid, await kit.VerifyAsync(firmId, "another-clerk", first.Code));
        Assert.Equal(ZoneInstant(2026, 12, 3, 9, 0), second!.ExpiresAt);
        kit.Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(VerifyOutcome.Invalid, await kit.VerifyAsync(firmId, "late-clerk", second.Code));
        Assert.Equal(VerifyOutcome.Invalid, await kit.VerifyAsync(await kit.FirmAsync(3), "elsewhere", second.Code));
    }

    [DatabaseFact]
    public async Task Only_the_grids_liaison_its_secretary_and_administrators_issue_a_firms_code()
    {
        var kit = new MembershipKit(seeded.Database, ZoneInstant(2026, 12, 3, 9, 0));
        var firmInGrid1 = await kit.FirmAsync(4);

        Assert.NotNull(await kit.Verification.IssueLiaisonCodeAsync(firmInGrid1, await kit.Officers.OfficerAsync("19900000001")));
        Assert.Null(await kit.Verification.IssueLiaisonCodeAsync(firmInGrid1, await kit.Officers.OfficerAsync("19900000002")));
        Assert.NotNull(await kit.Verification.IssueLiaisonCodeAsync(firmInGrid1, await kit.Officers.OfficerAsync("19900000013")));
        Assert.Null(await kit.Verification.IssueLiaisonCodeAsync(999_999, officer: null));
    }

    [DatabaseFact]
    public async Task Wrong_codes_lock_the_user_then_the_address_then_the_firm_each_on_its_own()
    {
        var options = new FirmVerificationOptions { MaxFailuresPerUser = 3, MaxFailuresPerAddress = 5, MaxFailuresPerFirm = 8 };
        var kit = new MembershipKit(seeded.Database, ZoneInstant(2026, 12, 4, 9, 0), options);
        var firmId = await kit.FirmAsync(5);
        var other = await kit.FirmAsync(6);
        var good = await kit.Verification.IssueLiaisonCodeAsync(firmId, officer: null);

        // One user: the third wrong code locks them, and the good code then changes nothing.
        var userTries = new List<VerifyOutcome>();
        for (var i = 0; i < 3; i++)
        {
            userTries.Add(await kit.VerifyAsync(firmId, "guesser", $"WRONG-{i}AAAA", "10.0.0.5"));
        }
        Assert.Equal([VerifyOutcome.Invalid, VerifyOutcome.Invalid, VerifyOutcome.LockedOut], userTries);
        Assert.Equal(VerifyOutcome.LockedOut, await kit.VerifyAsync(firmId, "guesser", good!.Code, "10.0.0.5"));

        // New user ids from the same address: two more wrong codes lock the address.
        Assert.Equal(VerifyOutcome.Invalid, await kit.VerifyAsync(firmId, "new-id-1", "WRONG-BBBBB", "10.0.0.5"));
        Assert.Equal(VerifyOutcome.LockedOut, await kit.VerifyAsync(firmId, "new-id-2", "WRONG-CCCCC", "10.0.0.5"));
        Assert.Equal(VerifyOutcome.LockedOut, await kit.VerifyAsync(other, "new-id-3", "WRONG-DDDDD", "10.0.0.5"));

        // From other addresses: the firm's eighth wrong code locks the firm for everyone, not another firm.
        Assert.Equal(VerifyOutcome.Invalid, await kit.VerifyAsync(firmId, "far-1", "WRONG-EEEEE", "10.0.1.1"));
        Assert.Equal(VerifyOutcome.Invalid, await kit.VerifyAsync(firmId, "far-2", "WRONG-FFFFF", "10.0.1.2"));
        Assert.Equal(VerifyOutcome.LockedOut, await kit.VerifyAsync(firmId, "far-3", "WRONG-GGGGG", "10.0.1.3"));
        Assert.Equal(VerifyOutcome.LockedOut, await kit.VerifyAsync(firmId, "honest", good.Code, "10.0.2.1"));
        var otherCode = await kit.Verification.IssueLiaisonCodeAsync(other, officer: null);
        Assert.Equal(VerifyOutcome.Verified, await kit.VerifyAsync(other, "honest", otherCode!.Code, "10.0.2.1"));

        // The locks end an hour after the last wrong code, also for a restarted service.
        kit.Clock.Advance(TimeSpan.FromMinutes(61));
        var restarted = new MembershipKit(seeded.Database, kit.Clock.GetUtcNow(), options);
        Assert.Equal(VerifyOutcome.Verified, await restarted.VerifyAsync(firmId, "guesser", good.Code, "10.0.0.5"));
    }

    [DatabaseFact]
    public async Task SMS_codes_are_limited_per_firm_and_a_failed_send_leaves_no_usable_code()
    {
        var kit = new MembershipKit(seeded.Database, ZoneInstant(2026, 12, 5, 9, 0));
        var firmId = await kit.FirmAsync(7);
        var outcomes = new List<SmsRequestOutcome>();
        for (var i = 0; i < 4; i++)
        {
            outcomes.Add((await kit.Verification.RequestSmsCodeAsync(firmId, "test", $"asker-{i}", $"10.0.3.{i}")).Outcome);
            kit.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.Equal([SmsRequestOutcome.Sent, SmsRequestOutcome.Sent, SmsRequestOutcome.Sent, SmsRequestOutcome.TooMany], outcomes);
        Assert.Equal(3, (await kit.SentAsync(firmId)).Count);

        var gateway = new FailingSms();
        var failing = new MembershipKit(seeded.Database, kit.Clock.GetUtcNow(), sms: gateway);
        var failedFirm = await kit.FirmAsync(8);
        Assert.Equal(SmsRequestOutcome.SendFailed, (await failing.Verification.RequestSmsCodeAsync(failedFirm, "test", "unlucky", null)).Outcome);
        Assert.Equal(VerifyOutcome.Invalid, await failing.VerifyAsync(failedFirm, "unlucky", gateway.LastCode!));
    }

    [DatabaseFact]
    public async Task A_firm_without_a_contact_phone_gets_no_SMS()
    {
        var kit = new MembershipKit(seeded.Database, ZoneInstant(2026, 12, 6, 9, 0));
        var firmId = await kit.FirmAsync(9);
        await kit.Officers.ExecuteAsync("UPDATE firms SET contact_phone = NULL WHERE id = @firmId", new { firmId });

        Assert.Equal(SmsRequestOutcome.NoPhone, (await kit.Verification.RequestSmsCodeAsync(firmId, "test", "someone", null)).Outcome);
        Assert.Null(await kit.Verification.MaskedContactPhoneAsync(firmId));
        Assert.Empty(await kit.SentAsync(firmId));
    }

    [DatabaseFact]
    public async Task Naming_another_firm_drops_the_verification_and_naming_the_same_keeps_it()
    {
        var kit = new MembershipKit(seeded.Database, ZoneInstant(2026, 12, 7, 9, 0));
        var firmId = await kit.FirmAsync(10);
        var code = await kit.Verification.IssueLiaisonCodeAsync(firmId, officer: null);
        await kit.VerifyAsync(firmId, "mover", code!.Code);

        await kit.Links.LinkAsync("test", "mover", firmId);
        Assert.True(await kit.Membership.IsMemberAsync("test", "mover", firmId));
        await kit.Links.LinkAsync("test", "mover", await kit.FirmAsync(11));
        await kit.Links.LinkAsync("test", "mover", firmId);
        Assert.False(await kit.Membership.IsMemberAsync("test", "mover", firmId));
    }

    [DatabaseFact]
    public async Task A_stranger_reaches_only_the_tickets_they_filed_and_what_they_do_is_recorded_as_them()
    {
        var kit = new MembershipKit(seeded.Database, ZoneInstant(2026, 12, 8, 9, 0));
        var firmId = await kit.FirmAsync(12);
        var tickets = kit.Officers.Tickets;
        var colleagues = await tickets.Filing.FileAsync(Draft(firmId, user: "colleague"));
        var mine = await tickets.Filing.FileAsync(Draft(firmId, user: "stranger"));
        var stranger = Stranger("李四", "stranger");

        var page = await tickets.FirmTickets.PageAsync(firmId, 1, 10, stranger);
        Assert.Equal([mine.Number], page.Tickets.Select(ticket => ticket.Number));
        Assert.Equal(1, page.Total);
        Assert.Null(await tickets.FirmTickets.FindAsync(firmId, colleagues.Number, stranger));
        Assert.Equal(UrgeOutcome.NotFound, (await tickets.FollowUp.UrgeAsync(firmId, colleagues.Number, stranger)).Outcome);
        Assert.Equal(SupplementOutcome.NotFound, await tickets.FollowUp.SupplementAsync(firmId, colleagues.Number, stranger, "我来补充", []));
        Assert.Equal(UrgeOutcome.Urged, (await tickets.FollowUp.UrgeAsync(firmId, mine.Number, stranger)).Outcome);
        Assert.Equal(2, (await tickets.FirmTickets.PageAsync(firmId, 1, 10, Member("王五", "verified"))).Total);

        Assert.Equal(1L, await tickets.ScalarAsync("""
            SELECT COUNT(*) FROM ticket_events AS e JOIN tickets AS t ON t.id = e.ticket_id
            WHERE t.number = @number AND e.kind = 'urged' AND e.actor = '李四' AND e.actor_channel_id = 'test' AND e.actor_user_id = 'stranger'
            """, new { number = mine.Number }));
    }

    /// <summary>A gateway that is down: it remembers the code it was given, to show that code is void.</summary>
    private sealed class FailingSms : ISmsSender
    {
        public string? LastCode { get; private set; }

        public Task SendCodeAsync(SmsCode message, CancellationToken ct)
        {
            LastCode = message.Code;
            throw new SmsException("The gateway is down.");
        }
    }
}
