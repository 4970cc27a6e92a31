using Dapper;
using ZoneBot.Data.Tests.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteTicketWriterTests(SeededDatabase<SqliteProvider> seeded) : TicketWriterTests<SqliteProvider>(seeded)
{
    [Fact]
    public async Task Supplements_at_once_are_each_a_batch_of_the_one_writer()
    {
        var kit = new OfficerTestKit(Seeded.Database, ZoneInstant(2026, 12, 9, 9, 0));
        var filed = await kit.FileInGridAsync(2, skip: 4);
        var firmId = await FirmOfAsync(kit, filed.Id);
        var batches = Seeded.Database.GroupCommit!.Batches;

        await AtOnce.RunAsync(20, i => kit.Tickets.FollowUp.SupplementAsync(firmId, filed.Number, Member("王建国"), $"第{i}条补充", []));

        Assert.Equal(20, Seeded.Database.GroupCommit.Batches - batches);
    }
}

public sealed class PostgresTicketWriterTests(SeededDatabase<PostgresProvider> seeded) : TicketWriterTests<PostgresProvider>(seeded);

/// <summary>
/// A firm's 补充, 催办 and 评价, an officer's 转派 and 申请延期 and its decision are written through the database's one writer on
/// SQLite (a plain transaction on PostgreSQL): what the work wrote is committed, so every refusal must have written nothing.
/// </summary>
public abstract class TicketWriterTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private protected SeededDatabase<TProvider> Seeded { get; } = seeded;

    [DatabaseFact]
    public async Task A_firms_refused_follow_ups_leave_the_ticket_its_history_and_the_outbox_as_they_were()
    {
        var kit = new OfficerTestKit(Seeded.Database, ZoneInstant(2026, 12, 7, 9, 0));
        var filed = await kit.FileInGridAsync(2, skip: 1);
        var firmId = await FirmOfAsync(kit, filed.Id);
        var member = Member("王建国");
        Assert.Equal(UrgeOutcome.Urged, (await kit.Tickets.FollowUp.UrgeAsync(firmId, filed.Number, member)).Outcome);
        var before = await SnapshotAsync(filed.Id);

        Assert.Equal(UrgeOutcome.TooSoon, (await kit.Tickets.FollowUp.UrgeAsync(firmId, filed.Number, member)).Outcome);
        Assert.Equal(RateOutcome.NotYetReviewed, await kit.Tickets.FollowUp.RateAsync(firmId, filed.Number, member, TicketRating.Dissatisfied, "还没修"));
        Assert.Equal(before, await SnapshotAsync(filed.Id));

        await kit.Tickets.MoveToAsync(filed.Number, TicketStage.Reviewed);
        Assert.Equal(RateOutcome.Rated, await kit.Tickets.FollowUp.RateAsync(firmId, filed.Number, member, TicketRating.Satisfied, "很快"));
        await kit.Tickets.MoveToAsync(filed.Number, TicketStage.Closed);
        var rated = await SnapshotAsync(filed.Id);

        Assert.Equal(RateOutcome.AlreadyRated, await kit.Tickets.FollowUp.RateAsync(firmId, filed.Number, member, TicketRating.Dissatisfied, "改主意了"));
        Assert.Equal(SupplementOutcome.Closed, await kit.Tickets.FollowUp.SupplementAsync(
            firmId, filed.Number, member, "再补一张", [new NewTicketAttachment("late.jpg", "image/jpeg", "https://files.example/late.jpg")]));
        Assert.Equal(UrgeOutcome.Closed, (await kit.Tickets.FollowUp.UrgeAsync(firmId, filed.Number, member)).Outcome);
        Assert.Equal(rated, await SnapshotAsync(filed.Id));
    }

    [DatabaseFact]
    public async Task An_officers_refused_transfers_and_extensions_leave_the_ticket_its_history_and_the_outbox_as_they_were()
    {
        var kit = new OfficerTestKit(Seeded.Database, ZoneInstant(2026, 12, 8, 9, 0));
        var liaison = await kit.OfficerAsync("19900000004");
        var otherLiaison = await kit.OfficerAsync("19900000001");
        var filed = await kit.FileInGridAsync(4, skip: 2);
        await kit.Workflow.AssessAsync(liaison.Id, filed.Number, TicketCategory.EnterpriseService, Urgency.Normal, null);
        Assert.Equal(WorkflowOutcome.Done, (await kit.Extensions.RequestAsync(liaison.Id, filed.Number, 3, "等供电公司排期")).Outcome);
        var before = await SnapshotAsync(filed.Id);

        Assert.Equal(WorkflowOutcome.NoSuchGrid, (await kit.Workflow.TransferAsync(liaison.Id, filed.Number, 4, "本网格")).Outcome);
        Assert.Equal(WorkflowOutcome.NoSuchGrid, (await kit.Workflow.TransferAsync(liaison.Id, filed.Number, 999, "没有这个网格")).Outcome);
        Assert.Equal(WorkflowOutcome.NotFound, (await kit.Workflow.TransferAsync(otherLiaison.Id, filed.Number, 1, "别人的工单")).Outcome);
        Assert.Equal(WorkflowOutcome.ExtensionConflict, (await kit.Extensions.RequestAsync(liaison.Id, filed.Number, 2, "再申请")).Outcome);
        Assert.Equal(WorkflowOutcome.NotAllowed, (await kit.Extensions.DecideAsync(liaison.Id, filed.Number, true, "自己批准")).Outcome);
        Assert.Equal(WorkflowOutcome.NotFound, (await kit.Extensions.RequestAsync(otherLiaison.Id, filed.Number, 2, "别人的工单")).Outcome);

        Assert.Equal(before, await SnapshotAsync(filed.Id));
    }

    [DatabaseFact]
    public async Task Twenty_transfers_of_one_ticket_at_once_move_it_once_and_alert_once()
    {
        var kit = new OfficerTestKit(Seeded.Database, ZoneInstant(2026, 12, 10, 9, 0));
        var liaison = await kit.OfficerAsync("19900000001");
        var filed = await kit.FileInGridAsync(1, skip: 5);

        var results = await AtOnce.RunAsync(20, _ => kit.Workflow.TransferAsync(liaison.Id, filed.Number, 3, "企业实际在3号网格"));

        Assert.Single(results, result => result.Outcome == WorkflowOutcome.Done);
        Assert.Equal(1L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = @id AND kind = 'transferred'", new { id = filed.Id }));
        Assert.Single(await kit.OutboxAsync(TicketAlert.Transferred), row => row.Alert.Number == filed.Number);
    }

    [DatabaseFact]
    public async Task Twenty_supplements_at_once_all_land_with_their_alerts()
    {
        var kit = new OfficerTestKit(Seeded.Database, ZoneInstant(2026, 12, 11, 9, 0));
        var filed = await kit.FileInGridAsync(2, skip: 3);
        var firmId = await FirmOfAsync(kit, filed.Id);

        var outcomes = await AtOnce.RunAsync(20, i => kit.Tickets.FollowUp.SupplementAsync(firmId, filed.Number, Member("王建国"), $"第{i}条补充", []));

        Assert.All(outcomes, outcome => Assert.Equal(SupplementOutcome.Supplemented, outcome));
        Assert.Equal(20L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = @id AND kind = 'supplemented'", new { id = filed.Id }));
        Assert.Equal(20, (await kit.Tickets.OutboxAsync(filed.Id)).Count(row => row.Kind == TicketAlert.Supplemented));
    }

    private protected static Task<long> FirmOfAsync(OfficerTestKit kit, long ticketId) =>
        kit.Tickets.ScalarAsync("SELECT firm_id FROM tickets WHERE id = @ticketId", new { ticketId });

    /// <summary>The ticket's row as a follow-up or an officer changes it, its history and extensions, and how many alerts there are.</summary>
    private async Task<string> SnapshotAsync(long ticketId)
    {
        await using var connection = await Seeded.Database.OpenAsync();
        var ticket = await connection.QuerySingleAsync<(string Stage, long GridId, DateTimeOffset HandleDueAt, DateTimeOffset? LastUrgedAt, string? Rating, string? Comment)>(
            "SELECT stage, grid_id, handle_due_at, last_urged_at, rating, rating_comment FROM tickets WHERE id = @ticketId", new { ticketId });
        var events = await connection.QueryAsync<(long Id, string Kind, string? Note)>(
            "SELECT id, kind, note FROM ticket_events WHERE ticket_id = @ticketId ORDER BY id", new { ticketId });
        var extensions = await connection.QueryAsync<(long Id, string Status, long? DecidedBy)>(
            "SELECT id, status, decided_by FROM ticket_extensions WHERE ticket_id = @ticketId ORDER BY id", new { ticketId });
        var attachments = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ticket_attachments WHERE ticket_id = @ticketId", new { ticketId });
        var alerts = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox");
        return $"{ticket} | {string.Join("; ", events)} | {string.Join("; ", extensions)} | attachments {attachments} | alerts {alerts}";
    }
}
