using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Tests.Officers;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteTicketWorkflowTests(SeededDatabase<SqliteProvider> seeded) : TicketWorkflowTests<SqliteProvider>(seeded);

public sealed class PostgresTicketWorkflowTests(SeededDatabase<PostgresProvider> seeded) : TicketWorkflowTests<PostgresProvider>(seeded);

/// <summary>The closed loop driven by officers: stages, transfers, extensions, reopening.</summary>
public abstract class TicketWorkflowTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly SeededDatabase<TProvider> _seeded = seeded;

    [DatabaseFact]
    public async Task The_liaison_takes_a_ticket_through_the_loop_and_the_firm_is_told_at_feedback_handling_and_closing()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 21, 9, 0));
        var liaison = await kit.OfficerAsync("19900000002");
        var filed = await kit.FileInGridAsync(2, user: "loop-firm");

        var assessed = await kit.Workflow.AssessAsync(liaison.Id, filed.Number, TicketCategory.Safety, Urgency.Urgent, "现场确认属于消防隐患");
        await kit.Workflow.FeedBackAsync(liaison.Id, filed.Number, "已安排明天上午上门");
        await kit.Workflow.HandleAsync(liaison.Id, filed.Number, "已清理通道并设置警示标志", [new NewTicketAttachment("after.jpg", "image/jpeg", "https://files.example/after.jpg")]);
        await kit.Workflow.ReviewAsync(liaison.Id, filed.Number, "回访确认通道保持畅通");
        var closed = await kit.Workflow.CloseAsync(liaison.Id, filed.Number);

        // Safety, urgent: at most 2 h / 24 h, halved, from the filing time.
        Assert.Equal(ZoneInstant(2026, 11, 21, 21, 0), assessed.HandleDueAt);
        Assert.Equal((WorkflowOutcome.Done, TicketStage.Closed), (closed.Outcome, closed.Stage));
        var details = await kit.Tickets.Register.FindAsync(filed.Number);
        Assert.Equal(
            [TicketStage.Reported, TicketStage.Assessed, TicketStage.FedBack, TicketStage.Handled, TicketStage.Reviewed, TicketStage.Closed],
            details!.History.Select(e => e.Stage));
        Assert.All(details.History.Skip(1), e => Assert.Equal(liaison.Name, e.Actor));
        Assert.Equal((TicketCategory.Safety, Urgency.Urgent), (details.Ticket.Category, details.Ticket.Urgency));
        Assert.Single(details.Attachments);
        var told = (await kit.OutboxAsync(TicketAlert.FedBack)).Concat(await kit.OutboxAsync(TicketAlert.Handled)).Concat(await kit.OutboxAsync(TicketAlert.Closed))
            .Where(row => row.Alert.Number == filed.Number).ToList();
        Assert.Equal([TicketAlert.FedBack, TicketAlert.Handled, TicketAlert.Closed], told.Select(row => row.Kind));
        Assert.All(told, row => Assert.Equal(("test", "loop-firm", null), (row.RecipientChannelId, row.RecipientUserId, row.RecipientOfficerId)));
        Assert.Equal(("已安排明天上午上门", liaison.Name), (told[0].Alert.Note, told[0].Alert.Actor));
    }

    [DatabaseFact]
    public async Task A_stage_cannot_be_skipped()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 21, 10, 0));
        var liaison = await kit.OfficerAsync("19900000002");
        var filed = await kit.FileInGridAsync(2, skip: 1);

        var handled = await kit.Workflow.HandleAsync(liaison.Id, filed.Number, "已处理", []);

        Assert.Equal((WorkflowOutcome.NotAllowed, TicketStage.Reported), (handled.Outcome, handled.Stage));
    }

    [DatabaseFact]
    public async Task Another_grids_liaison_and_department_staff_find_nothing_while_the_secretary_and_admin_may_act()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 21, 11, 0));
        var filed = await kit.FileInGridAsync(3, skip: 2);
        var otherLiaison = await kit.OfficerAsync("19900000004");
        var department = await kit.OfficerAsync("19900000014");
        var secretary = await kit.OfficerAsync("19900000011");

        Assert.Equal(WorkflowOutcome.NotFound, (await kit.Workflow.AssessAsync(otherLiaison.Id, filed.Number, TicketCategory.Other, Urgency.Normal, null)).Outcome);
        Assert.Equal(WorkflowOutcome.NotFound, (await kit.Workflow.AssessAsync(department.Id, filed.Number, TicketCategory.Other, Urgency.Normal, null)).Outcome);
        Assert.Null(await kit.OfficerTickets.FindAsync(otherLiaison, filed.Number));
        Assert.NotNull(await kit.OfficerTickets.FindAsync(secretary, filed.Number));
        Assert.Equal(WorkflowOutcome.Done, (await kit.Workflow.AssessAsync(secretary.Id, filed.Number, TicketCategory.Other, Urgency.Normal, null)).Outcome);
    }

    [DatabaseFact]
    public async Task A_transfer_hands_the_ticket_to_the_other_grid_whose_liaison_is_alerted()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 21, 12, 0));
        var from = await kit.OfficerAsync("19900000001");
        var to = await kit.OfficerAsync("19900000003");
        var filed = await kit.FileInGridAsync(1, skip: 3);

        var same = await kit.Workflow.TransferAsync(from.Id, filed.Number, 1, "不属于本网格");
        var result = await kit.Workflow.TransferAsync(from.Id, filed.Number, 3, "企业实际在3号网格");

        Assert.Equal(WorkflowOutcome.NoSuchGrid, same.Outcome);
        Assert.Equal((WorkflowOutcome.Done, TicketStage.Reported), (result.Outcome, result.Stage));
        Assert.Null(await kit.OfficerTickets.FindAsync(from, filed.Number));
        Assert.NotNull(await kit.OfficerTickets.FindAsync(to, filed.Number));
        var alert = Assert.Single(await kit.OutboxAsync(TicketAlert.Transferred), row => row.Alert.Number == filed.Number);
        Assert.Equal((to.Id, "1号网格", "企业实际在3号网格"), (alert.RecipientOfficerId, alert.Alert.FromGridName, alert.Alert.Note));
    }

    [DatabaseFact]
    public async Task An_extension_goes_to_the_secretary_who_approves_it_and_the_deadline_moves()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 22, 9, 0));
        var liaison = await kit.OfficerAsync("19900000004");
        var secretary = await kit.OfficerAsync("19900000011");
        var filed = await kit.FileInGridAsync(4, skip: 1);
        await kit.Workflow.AssessAsync(liaison.Id, filed.Number, TicketCategory.EnterpriseService, Urgency.Normal, null);

        var requested = await kit.Extensions.RequestAsync(liaison.Id, filed.Number, 3, "需要等供电公司排期");
        var again = await kit.Extensions.RequestAsync(liaison.Id, filed.Number, 2, "再申请");
        var byLiaison = await kit.Extensions.DecideAsync(liaison.Id, filed.Number, true, "批准");
        var approved = await kit.Extensions.DecideAsync(secretary.Id, filed.Number, true, "批准延期3天");

        Assert.Equal(WorkflowOutcome.ExtensionConflict, again.Outcome);
        Assert.Equal(WorkflowOutcome.NotAllowed, byLiaison.Outcome);
        Assert.Equal(requested.HandleDueAt!.Value.AddDays(3), approved.HandleDueAt);
        var request = Assert.Single(await kit.OutboxAsync(TicketAlert.ExtensionRequested), row => row.Alert.Number == filed.Number);
        Assert.Equal((secretary.Id, 3, "需要等供电公司排期"), (request.RecipientOfficerId, request.Alert.Days, request.Alert.Note));
        var decided = Assert.Single(await kit.OutboxAsync(TicketAlert.ExtensionDecided), row => row.Alert.Number == filed.Number);
        Assert.Equal((liaison.Id, "approved"), (decided.RecipientOfficerId, decided.Alert.Decision));
    }

    [DatabaseFact]
    public async Task A_refused_extension_leaves_the_deadline_as_it_was()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 22, 10, 0));
        var liaison = await kit.OfficerAsync("19900000005");
        var secretary = await kit.OfficerAsync("19900000011");
        var filed = await kit.FileInGridAsync(5, skip: 1);
        var assessed = await kit.Workflow.AssessAsync(liaison.Id, filed.Number, TicketCategory.EnterpriseService, Urgency.Normal, null);
        await kit.Extensions.RequestAsync(liaison.Id, filed.Number, 5, "材料未齐");

        var refused = await kit.Extensions.DecideAsync(secretary.Id, filed.Number, false, "驳回");

        Assert.Equal(assessed.HandleDueAt, refused.HandleDueAt);
        Assert.Equal("refused", Assert.Single(await kit.OutboxAsync(TicketAlert.ExtensionDecided), row => row.Alert.Number == filed.Number).Alert.Decision);
        Assert.Equal(0L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM ticket_extensions WHERE status = 'pending' AND ticket_id = @id", new { id = filed.Id }));
    }

    [DatabaseFact]
    public async Task A_dissatisfied_rating_after_the_review_reopens_the_ticket_and_alerts_the_secretary()
    {
        var kit = new OfficerTestKit(_seeded.Database, ZoneInstant(2026, 11, 23, 9, 0));
        var liaison = await kit.OfficerAsync("19900000006");
        var filed = await kit.FileInGridAsync(6, skip: 1);
        await kit.Workflow.AssessAsync(liaison.Id, filed.Number, TicketCategory.EnterpriseService, Urgency.Normal, null);
        await kit.Workflow.FeedBackAsync(liaison.Id, filed.Number, "已联系");
        await kit.Workflow.HandleAsync(liaison.Id, filed.Number, "已修好", []);
        await kit.Workflow.ReviewAsync(liaison.Id, filed.Number, "已回访");
        await kit.Workflow.CloseAsync(liaison.Id, filed.Number);
        var firmId = (await kit.Tickets.Register.FindAsync(filed.Number))!.Ticket.FirmId;

        var rated = await kit.Tickets.FollowUp.RateAsync(firmId, filed.Number, Member("王建国"), TicketRating.Dissatisfied, "路灯又坏了");

        Assert.Equal(RateOutcome.Reopened, rated);
        var ticket = (await kit.Tickets.Register.FindAsync(filed.Number))!;
        Assert.Equal(TicketStage.FedBack, ticket.Ticket.Stage);
        Assert.Equal(TicketEventKind.Reopened, ticket.History[^1].Kind);
        Assert.True(ticket.Ticket.HandleDueAt > kit.Clock.GetUtcNow());
        var alerts = (await kit.OutboxAsync(TicketAlert.Reopened)).Where(row => row.Alert.Number == filed.Number).ToList();
        var secretary = await kit.OfficerAsync("19900000012");
        Assert.Contains(alerts, row => row.RecipientOfficerId == secretary.Id);
        Assert.Contains(alerts, row => row.RecipientOfficerId == liaison.Id);
        Assert.Equal(WorkflowOutcome.Done, (await kit.Workflow.HandleAsync(liaison.Id, filed.Number, "重新处理", [])).Outcome);
    }
}
