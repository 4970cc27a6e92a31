using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Alerts;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Tests.Officers;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Alerts;

public sealed class SqliteOutboxOrderTests : OutboxOrderTests<SqliteProvider>;

public sealed class PostgresOutboxOrderTests : OutboxOrderTests<PostgresProvider>;

/// <summary>A recipient gets a ticket's alerts in the order they were written, retries included; waiting alerts follow a grid's new liaison.</summary>
public abstract class OutboxOrderTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    // A database of its own per test: a claim takes whatever is due in it.
    private readonly SeededDatabase<TProvider> _database = new();
    private readonly AlertOptions _options = new() { LeaseSeconds = 60, BatchSize = 20, MaxAttempts = 3, BackoffBaseSeconds = 30, BackoffMaxMinutes = 60 };

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task A_firm_gets_a_tickets_alerts_in_order_while_the_first_is_retried_and_after_one_is_dead()
    {
        var kit = new OfficerTestKit(_database.Database, ZoneInstant(2026, 12, 2, 9, 0));
        var outbox = new Outbox(_database.Database, kit.Clock, _options);
        var liaison = await kit.OfficerAsync("19900000002");
        var first = await kit.FileInGridAsync(2, user: "order-firm");
        var second = await kit.FileInGridAsync(2, user: "order-firm", skip: 1);
        await kit.Workflow.AssessAsync(liaison.Id, first.Number, TicketCategory.Environment, Urgency.Normal, null);
        await kit.Workflow.FeedBackAsync(liaison.Id, first.Number, "已安排明天上门");
        await kit.Workflow.HandleAsync(liaison.Id, first.Number, "已疏通", []);
        await kit.Workflow.ReviewAsync(liaison.Id, first.Number, "已回访");
        await kit.Workflow.CloseAsync(liaison.Id, first.Number);

        var claimed = await outbox.ClaimAsync();
        Assert.Equal(
            [(TicketAlert.Filed, first.Number), (TicketAlert.Filed, second.Number), (TicketAlert.FedBack, first.Number)],
            claimed.Select(message => (message.Kind, TicketAlert.FromJson(message.Payload).Number)));
        foreach (var message in claimed.Where(message => message.Kind == TicketAlert.Filed))
        {
            Assert.True(await outbox.MarkSentAsync(message));
        }
        Assert.False(await outbox.FailAsync(claimed.Single(message => message.Kind == TicketAlert.FedBack), "channel down"));

        // 处理完成 and 办结 wait behind the 反馈 in backoff; another ticket of the same firm does not.
        Assert.Empty(await outbox.ClaimAsync());
        await kit.Workflow.AssessAsync(liaison.Id, second.Number, TicketCategory.Environment, Urgency.Normal, null);
        await kit.Workflow.FeedBackAsync(liaison.Id, second.Number, "另一件也安排了");
        var otherTicket = Assert.Single(await outbox.ClaimAsync());
        Assert.Equal(second.Number, TicketAlert.FromJson(otherTicket.Payload).Number);
        Assert.True(await outbox.MarkSentAsync(otherTicket));

        kit.Clock.Advance(TimeSpan.FromSeconds(30));
        var retried = Assert.Single(await outbox.ClaimAsync());
        Assert.Equal(TicketAlert.FedBack, retried.Kind);
        Assert.True(await outbox.MarkSentAsync(retried));

        // 处理完成 fails until it is dead: 办结 is held back until then, and goes out after it.
        var handled = Assert.Single(await outbox.ClaimAsync());
        Assert.Equal(TicketAlert.Handled, handled.Kind);
        while (!await outbox.FailAsync(handled, "channel down"))
        {
            Assert.Empty(await outbox.ClaimAsync());
            kit.Clock.Advance(TimeSpan.FromHours(1));
            handled = Assert.Single(await outbox.ClaimAsync());
            Assert.Equal(TicketAlert.Handled, handled.Kind);
        }
        var closed = Assert.Single(await outbox.ClaimAsync());
        Assert.Equal((TicketAlert.Closed, first.Number), (closed.Kind, TicketAlert.FromJson(closed.Payload).Number));
    }

    [DatabaseFact]
    public async Task Alerts_waiting_for_a_grids_former_liaison_go_to_the_new_one_and_no_one_elses_move()
    {
        var kit = new OfficerTestKit(_database.Database, ZoneInstant(2026, 12, 2, 9, 0));
        var outbox = new Outbox(_database.Database, kit.Clock, _options);
        var former = await kit.OfficerAsync("19900000004");
        var filed = await kit.FileInGridAsync(4, user: "moving-firm");
        var elsewhere = await kit.FileInGridAsync(5, user: "staying-firm");
        await kit.Workflow.AssessAsync(former.Id, filed.Number, TicketCategory.Environment, Urgency.Normal, null);
        await kit.Workflow.FeedBackAsync(former.Id, filed.Number, "已安排");
        // Nobody has bound a chat here: the dispatcher finds the former liaison unbound and the alert waits.
        foreach (var message in await outbox.ClaimAsync())
        {
            await outbox.WaitAsync(message, "not bound");
        }

        var issued = await kit.Enrolment.AddAsync(new NewOfficer("新来的社管员", "19900000444", OfficerRole.Liaison, Grid: "4"));

        var rows = await RowsAsync();
        var moved = rows.Single(row => row.Kind == TicketAlert.Filed && row.TicketId == Id(filed));
        Assert.Equal((issued.Officer.Id, 0L), (moved.RecipientOfficerId!.Value, moved.Attempts));
        var otherGrids = await kit.OfficerAsync("19900000005");
        Assert.Equal(otherGrids.Id, rows.Single(row => row.Kind == TicketAlert.Filed && row.TicketId == Id(elsewhere)).RecipientOfficerId);
        Assert.Equal(("test", "moving-firm"), rows.Where(row => row.Kind == TicketAlert.FedBack).Select(row => (row.RecipientChannelId!, row.RecipientUserId!)).Single());
        var due = await outbox.ClaimAsync();
        Assert.Contains(due, message => message.Id == moved.Id && message.RecipientOfficerId == issued.Officer.Id);
        Assert.DoesNotContain(due, message => message.Kind == TicketAlert.Filed && message.RecipientOfficerId != issued.Officer.Id);

        long Id(FiledTicket ticket) => ticket.Id;
    }

    private async Task<IReadOnlyList<OutboxRow>> RowsAsync()
    {
        await using var connection = await _database.Database.OpenAsync();
        return [.. await connection.QueryAsync<OutboxRow>(
            """
            SELECT id AS Id, kind AS Kind, ticket_id AS TicketId, recipient_officer_id AS RecipientOfficerId,
                   recipient_channel_id AS RecipientChannelId, recipient_user_id AS RecipientUserId, attempts AS Attempts
            FROM outbox ORDER BY id
            """)];
    }

    private sealed class OutboxRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = string.Empty;
        public long? TicketId { get; set; }
        public long? RecipientOfficerId { get; set; }
        public string? RecipientChannelId { get; set; }
        public string? RecipientUserId { get; set; }
        public long Attempts { get; set; }
    }
}
