using System.Data.Common;
using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Zone;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteTicketFilingTests(SeededDatabase<SqliteProvider> seeded) : TicketFilingTests<SqliteProvider>(seeded)
{
    protected override string BreakOutbox => OutboxFailure.BreakOnSqlite;

    protected override string RepairOutbox => OutboxFailure.RepairOnSqlite;
}

public sealed class PostgresTicketFilingTests(SeededDatabase<PostgresProvider> seeded) : TicketFilingTests<PostgresProvider>(seeded)
{
    protected override string BreakOutbox => OutboxFailure.BreakOnPostgres;

    protected override string RepairOutbox => OutboxFailure.RepairOnPostgres;

    [PostgresFact]
    public async Task Two_instances_filing_the_same_confirmation_past_each_others_look_file_one_ticket_and_use_one_number()
    {
        var kit = new TicketTestKit(Seeded.Database, ZoneInstant(2026, 11, 12, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Green, skip: 2);
        Assert.Equal("ZB-20261112-0001", (await kit.Filing.FileAsync(Draft(firmId))).Number);
        const string source = "test/raced-conversation/activity-7";

        // Both deliveries look for the source before either has filed, then queue at the day's counter, held here.
        await using var holder = await Seeded.Database.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("SELECT last_number FROM ticket_number_counters WHERE day = '2026-11-12' FOR UPDATE", transaction: hold);
        var first = kit.Filing.FileAsync(Draft(firmId) with { SourceActivity = source });
        var second = kit.Filing.FileAsync(Draft(firmId) with { SourceActivity = source });
        await WaitForLockWaitersAsync(2);
        await hold.RollbackAsync();
        var filed = await Task.WhenAll(first, second);

        Assert.Equal(filed[0], filed[1]);
        Assert.Equal("ZB-20261112-0002", filed[0].Number);
        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM tickets WHERE source_activity = @source", new { source }));
        Assert.Single(await kit.OutboxAsync(filed[0].Id));
        Assert.Equal("ZB-20261112-0003", (await kit.Filing.FileAsync(Draft(firmId))).Number);
    }

    private async Task WaitForLockWaitersAsync(int count)
    {
        const string sql = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        var deadline = DateTime.UtcNow.AddSeconds(15);
        await using var connection = await Seeded.Database.OpenAsync();
        while (await connection.ExecuteScalarAsync<long>(sql) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{count} filings never queued at the day's counter");
            await Task.Delay(20);
        }
    }
}

/// <summary>报事: one transaction files the ticket, its first event, its attachments and the liaison's alert.</summary>
public abstract class TicketFilingTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    protected SeededDatabase<TProvider> Seeded => seeded;

    /// <summary>DDL that makes every insert into the outbox fail with 'outbox is down' (each database writes triggers its own way).</summary>
    protected abstract string BreakOutbox { get; }

    /// <summary>DDL that undoes <see cref="BreakOutbox"/>.</summary>
    protected abstract string RepairOutbox { get; }

    [DatabaseFact]
    public async Task A_filing_stores_the_ticket_its_first_event_its_attachments_and_an_alert_for_the_grid_liaison()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 2, 9, 30));
        var firmId = await kit.FirmAsync(FirmColour.Yellow);
        var photo = new NewTicketAttachment("门口.jpg", "image/jpeg", "https://files.example/1.jpg");

        var visit = ZoneInstant(2026, 11, 3, 14, 0);

        var filed = await kit.Filing.FileAsync(Draft(firmId, TicketCategory.Safety, Urgency.Urgent, attachments: photo) with { PreferredVisitAt = visit });

        var details = await kit.FirmTickets.FindAsync(firmId, filed.Number);
        Assert.NotNull(details);
        Assert.Equal("ZB-20261102-0001", filed.Number);
        Assert.Equal((TicketStage.Reported, TicketCategory.Safety, Urgency.Urgent, "东门"), (details.Ticket.Stage, details.Ticket.Category, details.Ticket.Urgency, details.Ticket.Location));
        Assert.Equal(("test", "user-1", visit), (details.Ticket.ChannelId, details.Ticket.UserId, details.Ticket.PreferredVisitAt));
        var filedEvent = Assert.Single(details.History);
        Assert.Equal((TicketStage.Reported, TicketEventKind.Filed, "王建国"), (filedEvent.Stage, filedEvent.Kind, filedEvent.Actor));
        Assert.Equal(photo.Url, Assert.Single(details.Attachments).Url);

        var contact = await new GridContacts(seeded.Database).ForGridAsync(details.Ticket.GridId);
        Assert.Equal((contact!.LiaisonName, contact.LiaisonPhone, contact.GridName), (filed.LiaisonName, filed.LiaisonPhone, filed.GridName));
        var outbox = Assert.Single(await kit.OutboxAsync(filed.Id));
        Assert.Equal((TicketAlert.Filed, "pending"), (outbox.Kind, outbox.Status));
        Assert.Equal(await LiaisonIdAsync(details.Ticket.GridId), outbox.RecipientOfficerId);
        Assert.Equal((filed.Number, details.FirmName, "safety", "urgent", false), (outbox.Alert.Number, outbox.Alert.FirmName, outbox.Alert.Category, outbox.Alert.Urgency, outbox.Alert.NoLiaison));
        Assert.Contains("路灯坏了", outbox.Alert.Summary, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_failing_alert_leaves_no_ticket_no_event_and_no_used_number()
    {
        // A database of its own: the trigger must not break the other tests' filings.
        await using var own = await seeded.Provider.CreateDatabaseAsync();
        await own.SeedAsync();
        var kit = new TicketTestKit(own.Database, ZoneInstant(2026, 11, 3, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Green);
        await ExecuteAsync(own.Database, BreakOutbox);

        var error = await Assert.ThrowsAnyAsync<DbException>(() => kit.Filing.FileAsync(Draft(firmId, attachments: new NewTicketAttachment("a.jpg", "image/jpeg", "https://files.example/a.jpg"))));

        Assert.Contains(OutboxFailure.Message, error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await kit.ScalarAsync("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(0L, await kit.ScalarAsync("SELECT COUNT(*) FROM ticket_events"));
        Assert.Equal(0L, await kit.ScalarAsync("SELECT COUNT(*) FROM ticket_attachments"));
        Assert.Equal(0L, await kit.ScalarAsync("SELECT COUNT(*) FROM ticket_number_counters"));

        await ExecuteAsync(own.Database, RepairOutbox);
        var filed = await kit.Filing.FileAsync(Draft(firmId));
        Assert.Equal("ZB-20261103-0001", filed.Number);
    }

    [DatabaseTheory]
    [InlineData(FirmColour.Green, Urgency.Normal, 24, 120)]
    [InlineData(FirmColour.Green, Urgency.Urgent, 12, 60)]
    [InlineData(FirmColour.Red, Urgency.Normal, 4, 24)]
    [InlineData(FirmColour.Red, Urgency.Urgent, 2, 12)]
    public async Task The_deadlines_of_the_firm_colour_and_urgency_are_stored_on_the_ticket(FirmColour colour, Urgency urgency, int responseHours, int handleHours)
    {
        var now = ZoneInstant(2026, 11, 4, 10, 0);
        var kit = new TicketTestKit(seeded.Database, now);
        var firmId = await kit.FirmAsync(colour, skip: 1);

        var filed = await kit.Filing.FileAsync(Draft(firmId, TicketCategory.Environment, urgency));

        await using var connection = await seeded.Database.OpenAsync();
        var stored = await connection.QuerySingleAsync<(DateTimeOffset Response, DateTimeOffset Handle)>(
            "SELECT response_due_at, handle_due_at FROM tickets WHERE id = @id", new { id = filed.Id });
        Assert.Equal((now.AddHours(responseHours), now.AddHours(handleHours)), stored);
        Assert.Equal((stored.Response, stored.Handle), (filed.ResponseDueAt, filed.HandleDueAt));
    }

    [DatabaseFact]
    public async Task A_grid_without_a_liaison_queues_the_alert_with_no_recipient_and_says_so()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 5, 9, 0));
        await ExecuteAsync(seeded.Database, """
            INSERT INTO grids (community_id, code, number, name) SELECT MIN(id), 'G98', 98, '98号网格' FROM communities;
            INSERT INTO firms (credit_code, name, short_name, address, industry, colour, grid_id)
            SELECT '91330282TEST00098X', '慈溪市无人测试有限公司', '无人测试', '测试路1号', 'other', 'green', id FROM grids WHERE code = 'G98';
            """);
        var firmId = await kit.ScalarAsync("SELECT id FROM firms WHERE short_name = '无人测试'");

        var filed = await kit.Filing.FileAsync(Draft(firmId));

        Assert.Equal((null, null, "98号网格"), (filed.LiaisonName, filed.LiaisonPhone, filed.GridName));
        var outbox = Assert.Single(await kit.OutboxAsync(filed.Id));
        Assert.Null(outbox.RecipientOfficerId);
        Assert.True(outbox.Alert.NoLiaison);
    }

    [DatabaseFact]
    public async Task The_next_filing_can_offer_the_contact_of_the_users_last_ticket()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 6, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Orange);
        await kit.Filing.FileAsync(Draft(firmId, user: "prefill") with { ContactName = "李娜", ContactPhone = "13900001111" });
        kit.Clock.Advance(TimeSpan.FromMinutes(5));
        await kit.Filing.FileAsync(Draft(firmId, user: "prefill") with { ContactName = "李娜", ContactPhone = "13900002222" });

        Assert.Equal(new TicketContact("李娜", "13900002222"), await kit.Filing.LastContactAsync("test", "prefill"));
        Assert.Null(await kit.Filing.LastContactAsync("test", "never-filed"));
    }

    [DatabaseFact]
    public async Task A_firm_that_does_not_exist_files_nothing()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 7, 9, 0));

        await Assert.ThrowsAsync<InvalidOperationException>(() => kit.Filing.FileAsync(Draft(424242)));

        Assert.Equal(0L, await kit.ScalarAsync("SELECT COUNT(*) FROM ticket_number_counters WHERE day = '2026-11-07'"));
    }

    [DatabaseFact]
    public async Task A_confirmation_filed_again_answers_with_its_first_ticket_and_files_nothing_more()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 8, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Red);
        var draft = Draft(firmId, TicketCategory.Safety, Urgency.Urgent, attachments: new NewTicketAttachment("配电箱.jpg", "image/jpeg", "https://files.example/8.jpg"))
            with { SourceActivity = "test/retried-conversation/activity-1" };

        var first = await kit.Filing.FileAsync(draft);
        // The channel's retry comes later: the answer is still the first filing's, deadlines included.
        kit.Clock.Advance(TimeSpan.FromMinutes(3));
        var again = await kit.Filing.FileAsync(draft);

        Assert.Equal(first, again);
        Assert.Equal("ZB-20261108-0001", again.Number);
        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM tickets WHERE source_activity = 'test/retried-conversation/activity-1'"));
        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = @id", new { id = first.Id }));
        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM ticket_attachments WHERE ticket_id = @id", new { id = first.Id }));
        Assert.Single(await kit.OutboxAsync(first.Id));
        Assert.Equal(1L, await kit.ScalarAsync("SELECT last_number FROM ticket_number_counters WHERE day = '2026-11-08'"));
    }

    [DatabaseFact]
    public async Task Two_confirming_messages_file_two_tickets_and_filings_without_a_source_file_each_time()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 9, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Yellow, skip: 1);

        var one = await kit.Filing.FileAsync(Draft(firmId) with { SourceActivity = "test/two-messages/activity-1" });
        var other = await kit.Filing.FileAsync(Draft(firmId) with { SourceActivity = "test/two-messages/activity-2" });
        var unsourced = await kit.Filing.FileAsync(Draft(firmId));
        var unsourcedAgain = await kit.Filing.FileAsync(Draft(firmId));

        Assert.Equal(
            ["ZB-20261109-0001", "ZB-20261109-0002", "ZB-20261109-0003", "ZB-20261109-0004"],
            new[] { one, other, unsourced, unsourcedAgain }.Select(filed => filed.Number));
        Assert.Equal(2L, await kit.ScalarAsync(
            "SELECT COUNT(*) FROM tickets WHERE id IN (@a, @b) AND source_activity IS NULL", new { a = unsourced.Id, b = unsourcedAgain.Id }));
        Assert.Single(await kit.OutboxAsync(unsourcedAgain.Id));
    }

    [DatabaseFact]
    public async Task The_same_confirmation_filed_twice_at_once_files_one_ticket_and_takes_one_number()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 10, 9, 0));
        var firmId = await kit.FirmAsync(FirmColour.Orange, skip: 1);
        var draft = Draft(firmId) with { SourceActivity = "test/at-once/activity-1" };

        var filed = await Task.WhenAll(kit.Filing.FileAsync(draft), kit.Filing.FileAsync(draft));

        Assert.Equal(filed[0], filed[1]);
        Assert.Equal(1L, await kit.ScalarAsync("SELECT COUNT(*) FROM tickets WHERE source_activity = 'test/at-once/activity-1'"));
        Assert.Equal("ZB-20261110-0002", (await kit.Filing.FileAsync(Draft(firmId))).Number);
    }

    private async Task<long?> LiaisonIdAsync(long gridId)
    {
        await using var connection = await seeded.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>("SELECT MIN(id) FROM officers WHERE grid_id = @gridId AND role = 'liaison'", new { gridId });
    }

    private static async Task ExecuteAsync(Database database, string sql)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
