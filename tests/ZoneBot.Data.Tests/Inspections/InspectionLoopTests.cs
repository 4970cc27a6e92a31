using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Reports;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Inspections.InspectionTestKit;

namespace ZoneBot.Data.Tests.Inspections;

public sealed class SqliteInspectionLoopTests : InspectionLoopTests<SqliteProvider>;

public sealed class PostgresInspectionLoopTests : InspectionLoopTests<PostgresProvider>;

/// <summary>The plan, the inspection loop and its escalation, over a seeded database of its own per test, with a pinned clock.</summary>
public abstract class InspectionLoopTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private readonly SeededDatabase<TProvider> _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task The_plan_gives_every_firm_both_cycles_and_red_and_orange_firms_their_extra_inspections_once()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 3, 1, 9));
        var firms = await kit.ScalarAsync("SELECT COUNT(*) FROM firms");
        var red = await kit.ScalarAsync("SELECT COUNT(*) FROM firms WHERE colour = 'red'");
        var orange = await kit.ScalarAsync("SELECT COUNT(*) FROM firms WHERE colour = 'orange'");

        var first = await kit.Planner.PlanAsync(2027);
        var again = await kit.Planner.PlanAsync(2027);

        Assert.True(red > 0 && orange > 0);
        Assert.Equal((int)((2 * firms) + (2 * red) + orange), first.Added);
        Assert.Equal((0, first.Added), (again.Added, again.AlreadyPlanned));
        Assert.Equal(firms, await kit.ScalarAsync("SELECT COUNT(*) FROM inspections WHERE round = 2 AND due_from = '2027-07-01' AND due_by = '2027-12-31'"));
        Assert.Equal(red, await kit.ScalarAsync(
            "SELECT COUNT(*) FROM inspections AS i JOIN firms AS f ON f.id = i.firm_id WHERE i.round = 4 AND f.colour = 'red' AND i.due_from = '2027-07-01'"));
        Assert.Equal(0L, await kit.ScalarAsync("SELECT COUNT(*) FROM inspections AS i JOIN firms AS f ON f.id = i.firm_id WHERE i.round > 2 AND f.colour IN ('green', 'yellow')"));
    }

    [DatabaseFact]
    public async Task The_due_list_puts_the_overdue_first_and_keeps_to_the_liaisons_grid()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 8, 2, 9));
        await kit.Planner.PlanAsync(2027);
        var liaison = await kit.OfficerAsync("19900000003");

        var due = await kit.Officers.DueAsync(liaison, kit.Today.AddDays(6), 500);
        var (count, overdue) = await kit.Officers.CountDueAsync(liaison, kit.Today, kit.Today.AddDays(6));

        Assert.NotEmpty(due);
        Assert.All(due, inspection => Assert.Equal(liaison.GridId, inspection.GridId));
        Assert.True(due[0].IsOverdue(kit.Today));
        Assert.Equal(due.Count(inspection => inspection.IsOverdue(kit.Today)), overdue);
        Assert.Equal(due.Count, count);
        Assert.Equal(due.Select(inspection => inspection.DueBy).Order(), due.Select(inspection => inspection.DueBy));
    }

    [DatabaseFact]
    public async Task Deadlines_follow_the_firms_colour_and_the_hazards_level_in_working_days()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 3, 1, 9));
        await kit.Planner.PlanAsync(2027);
        var admin = await kit.OfficerAsync("19900000013");
        var days = new List<(FirmColour, HazardLevel, DateOnly)>();
        foreach (var (colour, level) in new[] { (FirmColour.Green, HazardLevel.General), (FirmColour.Red, HazardLevel.General), (FirmColour.Red, HazardLevel.Major) })
        {
            var firmId = await kit.FirmAsync(1, colour) is var id && id > 0 ? id : await kit.ScalarAsync("SELECT id FROM firms WHERE colour = @colour LIMIT 1", new { colour = colour.Code });
            var inspection = await kit.Officers.OpenForFirmAsync(admin, firmId);
            Assert.Equal(RecordOutcome.Rectifying, await kit.Officers.RecordAsync(admin, inspection!.Id, new([], [kit.Hazard("wiring", colour, level)])));
            var dueAt = await kit.ScalarAsync("SELECT h.id FROM hazards AS h WHERE h.inspection_id = @id", new { id = inspection.Id });
            var stored = (await kit.Reviews.FindAsync(admin, dueAt))!;
            days.Add((colour, level, RectificationDeadlines.LastDay(stored.DueAt)));
        }

        // Monday 1 March 2027: 15 working days is Monday 22 March, 5 is Monday 8 March, 2 is Wednesday 3 March.
        Assert.Equal(
            [(FirmColour.Green, HazardLevel.General, new DateOnly(2027, 3, 22)), (FirmColour.Red, HazardLevel.General, new DateOnly(2027, 3, 8)), (FirmColour.Red, HazardLevel.Major, new DateOnly(2027, 3, 3))],
            days);
    }

    [DatabaseFact]
    public async Task An_inspection_without_hazards_is_closed_at_once_and_recorded_once()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 3, 1, 9));
        await kit.Planner.PlanAsync(2027);
        var liaison = await kit.OfficerAsync("19900000002");
        var firmId = await kit.FirmAsync(2, FirmColour.Green);
        var inspection = (await kit.Officers.OpenForFirmAsync(liaison, firmId))!;
        var items = Checklists.Shipped.For(inspection.Kind).Select(item => item.Code).ToList();

        var first = await kit.Officers.RecordAsync(liaison, inspection.Id, new(items, []));
        var retry = await kit.Officers.RecordAsync(liaison, inspection.Id, new(items, []));

        Assert.Equal((RecordOutcome.Closed, RecordOutcome.AlreadyInspected), (first, retry));
        Assert.Equal(InspectionStatus.Closed, (await kit.Officers.FindAsync(liaison, inspection.Id))!.Status);
        Assert.Equal(items.Count, await kit.ScalarAsync("SELECT COUNT(*) FROM inspection_items WHERE inspection_id = @id AND result = 'passed'", new { id = inspection.Id }));
        Assert.Empty(await kit.OutboxAsync(InspectionAlert.Notice));
    }

    [DatabaseFact]
    public async Task Another_grids_firm_is_not_the_liaisons_to_inspect()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 3, 1, 9));
        var liaison = await kit.OfficerAsync("19900000002");

        Assert.Null(await kit.Officers.OpenForFirmAsync(liaison, await kit.FirmAsync(5, FirmColour.Green)));
    }

    [DatabaseFact]
    public async Task The_loop_notifies_verified_members_only_and_closes_when_every_hazard_is_accepted()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 3, 1, 9));
        await kit.Planner.PlanAsync(2027);
        var liaison = await kit.OfficerAsync("19900000004");
        var firmId = await kit.FirmAsync(4, FirmColour.Green);
        await kit.MembersAsync(firmId, "member", "stranger");
        var inspection = (await kit.Officers.OpenForFirmAsync(liaison, firmId))!;

        await kit.Officers.RecordAsync(liaison, inspection.Id, new(["wiring"], [kit.Hazard("fire_exits", FirmColour.Green), kit.Hazard("extinguishers", FirmColour.Green)]));
        var notices = await kit.OutboxAsync(InspectionAlert.Notice);
        var hazards = await kit.Rectifications.OpenAsync(firmId);
        var photo = new PhotoFile("done.jpg", "image/jpeg", "https://example.test/done.jpg");
        var reported = await kit.Rectifications.ReportAsync(firmId, hazards[0].Id, "已清理", [photo]);
        var twice = await kit.Rectifications.ReportAsync(firmId, hazards[0].Id, "已清理", [photo]);
        var otherFirm = await kit.Rectifications.ReportAsync(firmId + 1, hazards[1].Id, "不是我们的", []);
        var sentBack = await kit.Reviews.SendBackAsync(liaison, hazards[0].Id, "通道还堆着纸箱");
        await kit.Rectifications.ReportAsync(firmId, hazards[0].Id, "纸箱也清走了", [photo]);
        await kit.Rectifications.ReportAsync(firmId, hazards[1].Id, "换了新的灭火器", [photo]);
        var firstAccepted = await kit.Reviews.AcceptAsync(liaison, hazards[0].Id);
        var lastAccepted = await kit.Reviews.AcceptAsync(liaison, hazards[1].Id);

        Assert.Equal(["member"], notices.Select(row => row.RecipientUserId));
        Assert.Equal(2, notices[0].Alert.Hazards.Count);
        Assert.Equal((RectificationOutcome.Done, RectificationOutcome.NotOpen, RectificationOutcome.NotFound), (reported, twice, otherFirm));
        Assert.Equal((ReviewOutcome.SentBack, ReviewOutcome.Accepted, ReviewOutcome.Closed), (sentBack, firstAccepted, lastAccepted));
        Assert.Equal("通道还堆着纸箱", (await kit.OutboxAsync(InspectionAlert.SentBack)).Single().Alert.Hazards[0].Note);
        Assert.Equal(3, (await kit.OutboxAsync(InspectionAlert.Reported)).Count(row => row.RecipientOfficerId == liaison.Id));
        Assert.Single(await kit.OutboxAsync(InspectionAlert.Closed));
        Assert.Equal(InspectionStatus.Closed, (await kit.Officers.FindAsync(liaison, inspection.Id))!.Status);
        Assert.Empty(await kit.Rectifications.OpenAsync(firmId));
        Assert.Equal(3L, await kit.ScalarAsync("SELECT COUNT(*) FROM hazard_photos WHERE stage = 'rectified'"));
    }

    [DatabaseFact]
    public async Task An_extension_granted_moves_the_deadline_and_one_refused_keeps_it()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 3, 1, 9));
        var liaison = await kit.OfficerAsync("19900000005");
        var firmId = await kit.FirmAsync(5, FirmColour.Green);
        var inspection = (await kit.Officers.OpenForFirmAsync(liaison, firmId))!;
        await kit.Officers.RecordAsync(liaison, inspection.Id, new([], [kit.Hazard("wiring", FirmColour.Green), kit.Hazard("chemicals", FirmColour.Green)]));
        var hazards = await kit.Rectifications.OpenAsync(firmId);

        await kit.Rectifications.AskExtensionAsync(firmId, hazards[0].Id, 7, "设备还没到");
        await kit.Rectifications.AskExtensionAsync(firmId, hazards[1].Id, 7, "想再等等");
        var granted = await kit.Reviews.GrantExtensionAsync(liaison, hazards[0].Id);
        var refused = await kit.Reviews.RefuseExtensionAsync(liaison, hazards[1].Id, "限期内必须整改");
        var after = await kit.Rectifications.OpenAsync(firmId);

        Assert.Equal((ReviewOutcome.ExtensionGranted, ReviewOutcome.ExtensionRefused), (granted, refused));
        Assert.Equal(hazards[0].DueAt.AddDays(7), after.Single(hazard => hazard.Id == hazards[0].Id).DueAt);
        Assert.Equal(hazards[1].DueAt, after.Single(hazard => hazard.Id == hazards[1].Id).DueAt);
        Assert.All(after, hazard => Assert.Equal(HazardStatus.Open, hazard.Status));
        Assert.Equal(7, (await kit.OutboxAsync(InspectionAlert.ExtensionAsked))[0].Alert.Hazards[0].Days);
    }

    [DatabaseFact]
    public async Task An_overdue_rectification_is_escalated_to_the_secretary_once_then_to_the_administrators_once()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 3, 1, 9));
        var escalations = new InspectionEscalations(_database.Database, kit.Clock, new EscalationOptions { AdminDelayHours = 24 });
        var liaison = await kit.OfficerAsync("19900000001");
        var secretary = await kit.OfficerAsync("19900000011");
        var admin = await kit.OfficerAsync("19900000013");
        var firmId = await kit.FirmAsync(1, FirmColour.Red);
        var inspection = (await kit.Officers.OpenForFirmAsync(liaison, firmId))!;
        await kit.Officers.RecordAsync(liaison, inspection.Id, new([], [kit.Hazard("dormitories", FirmColour.Red, HazardLevel.Major)]));
        var hazard = (await kit.Rectifications.OpenAsync(firmId)).Single();

        var before = await escalations.SweepAsync();
        kit.Clock.Advance(hazard.DueAt - kit.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var first = await escalations.SweepAsync();
        var again = await escalations.SweepAsync();
        kit.Clock.Advance(TimeSpan.FromHours(23));
        var beforeDelay = await escalations.SweepAsync();
        kit.Clock.Advance(TimeSpan.FromHours(1));
        var afterDelay = await escalations.SweepAsync();
        var afterThat = await escalations.SweepAsync();

        Assert.Equal((0, 1, 0, 0, 1, 0), (before, first, again, beforeDelay, afterDelay, afterThat));
        var alerts = await kit.OutboxAsync(InspectionAlert.Escalated);
        Assert.Equal([(secretary.Id, "secretary"), (admin.Id, "admin")], alerts.Select(row => (row.RecipientOfficerId!.Value, row.Alert.Level!)));
    }

    [DatabaseFact]
    public async Task A_reported_rectification_is_not_escalated_while_it_waits_for_review()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 3, 1, 9));
        var escalations = new InspectionEscalations(_database.Database, kit.Clock, new EscalationOptions());
        var liaison = await kit.OfficerAsync("19900000006");
        var firmId = await kit.FirmAsync(6, FirmColour.Green);
        var inspection = (await kit.Officers.OpenForFirmAsync(liaison, firmId))!;
        await kit.Officers.RecordAsync(liaison, inspection.Id, new([], [kit.Hazard("environment", FirmColour.Green)]));
        var hazard = (await kit.Rectifications.OpenAsync(firmId)).Single();
        await kit.Rectifications.ReportAsync(firmId, hazard.Id, "已整改", []);

        kit.Clock.Advance(TimeSpan.FromDays(60));

        Assert.Equal(0, await escalations.SweepAsync());
    }

    [DatabaseFact]
    public async Task The_progress_counts_planned_inspected_hazards_by_item_on_time_late_and_open_per_grid_and_community()
    {
        var kit = new InspectionTestKit(_database.Database, ZoneInstant(2027, 3, 1, 9));
        await kit.Planner.PlanAsync(2027);
        var liaison = await kit.OfficerAsync("19900000007");
        var onTime = await kit.FirmAsync(7, FirmColour.Green);
        var late = await kit.FirmAsync(7, FirmColour.Green, skip: 1);
        foreach (var firmId in new[] { onTime, late })
        {
            var inspection = (await kit.Officers.OpenForFirmAsync(liaison, firmId))!;
            await kit.Officers.RecordAsync(liaison, inspection.Id, new([], [kit.Hazard("wiring", FirmColour.Green), kit.Hazard("fire_exits", FirmColour.Green)]));
        }
        var onTimeHazards = await kit.Rectifications.OpenAsync(onTime);
        foreach (var hazard in onTimeHazards)
        {
            await kit.Rectifications.ReportAsync(onTime, hazard.Id, "好了", []);
            await kit.Reviews.AcceptAsync(liaison, hazard.Id);
        }
        kit.Clock.Advance(TimeSpan.FromDays(25));
        var lateHazard = (await kit.Rectifications.OpenAsync(late))[0];
        await kit.Rectifications.ReportAsync(late, lateHazard.Id, "晚了", []);
        await kit.Reviews.AcceptAsync(liaison, lateHazard.Id);

        var report = await kit.Progress.BuildAsync(ReportPeriod.Containing(ReportPeriodKind.Month, new DateOnly(2027, 3, 1)));
        var grid = report.Grids.Single(figures => figures.Name == "7号网格");
        var gridsPlanned = await kit.ScalarAsync(
            "SELECT COUNT(*) FROM inspections AS i JOIN grids AS g ON g.id = i.grid_id WHERE g.number = 7 AND i.round > 0 AND i.due_from <= '2027-03-31'");

        Assert.Equal((gridsPlanned, 2, 1), ((long)grid.Planned, grid.Inspected, grid.Closed));
        Assert.Equal((2, 2, 4), (grid.HazardsByItem["wiring"], grid.HazardsByItem["fire_exits"], grid.HazardsFound));
        Assert.Equal((2, 1, 1, 1), (grid.RectifiedOnTime, grid.RectifiedLate, grid.Open, grid.OpenOverdue));
        Assert.Equal(grid.HazardsFound, report.Communities.Sum(community => community.HazardsFound));
        Assert.Equal(report.Grids.Sum(figures => figures.Planned), report.Total.Planned);
    }
}
