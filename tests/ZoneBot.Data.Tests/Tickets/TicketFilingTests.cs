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
}

/// <summary>报事: one transaction files the ticket, its first event, its attachments and the liaison's alert.</summary>
public abstract class TicketFilingTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
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
