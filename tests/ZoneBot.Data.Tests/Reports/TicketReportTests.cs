using ClosedXML.Excel;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Reports;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Tests.Officers;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Reports;

public sealed class SqliteTicketReportTests : TicketReportTests<SqliteProvider>;

public sealed class PostgresTicketReportTests : TicketReportTests<PostgresProvider>;

/// <summary>The weekly record: tickets made with a pinned clock, the .xlsx written, opened again and checked.</summary>
public abstract class TicketReportTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private readonly SeededDatabase<TProvider> _database = new();
    private readonly string _file = Path.Combine(Path.GetTempPath(), "zonebot-report-" + Guid.NewGuid().ToString("N") + ".xlsx");

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        File.Delete(_file);
    }

    [DatabaseTheory]
    [InlineData(ReportPeriodKind.Week, "2026-11-23", "2026-11-29")]
    [InlineData(ReportPeriodKind.Month, "2026-11-01", "2026-11-30")]
    [InlineData(ReportPeriodKind.Quarter, "2026-10-01", "2026-12-31")]
    public void A_period_is_the_week_month_or_quarter_containing_the_day(ReportPeriodKind kind, string first, string last)
    {
        var period = ReportPeriod.Containing(kind, new DateOnly(2026, 11, 26));

        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), (period.First, period.Last));
    }

    [DatabaseFact]
    public async Task The_weekly_record_counts_received_closed_overdue_response_and_close_times_and_satisfaction_per_grid()
    {
        // Monday 23 November 2026, 09:00 in the zone.
        var kit = new OfficerTestKit(_database.Database, ZoneInstant(2026, 11, 23, 9, 0));
        var liaison = await kit.OfficerAsync("19900000001");

        // Grid 1: one ticket answered after 2 h and closed after 26 h, rated 满意.
        var closed = await kit.FileInGridAsync(1);
        kit.Clock.Advance(TimeSpan.FromHours(2));
        await kit.Workflow.AssessAsync(liaison.Id, closed.Number, TicketCategory.EnterpriseService, Urgency.Normal, null);
        await kit.Workflow.FeedBackAsync(liaison.Id, closed.Number, "已安排");
        kit.Clock.Advance(TimeSpan.FromHours(24));
        await kit.Workflow.HandleAsync(liaison.Id, closed.Number, "已修好", []);
        await kit.Workflow.ReviewAsync(liaison.Id, closed.Number, "已回访");
        await kit.Workflow.CloseAsync(liaison.Id, closed.Number);
        var firmId = (await kit.Tickets.Register.FindAsync(closed.Number))!.Ticket.FirmId;
        await kit.Tickets.FollowUp.RateAsync(firmId, closed.Number, Member("王建国"), TicketRating.Satisfied, null);

        // Grid 1: a second ticket nobody answers: overdue by the end of the week.
        await kit.FileInGridAsync(1, skip: 1);
        // Grid 2: one ticket answered after 4 h and not handled: overdue when its deadlines say so.
        var answered = await kit.FileInGridAsync(2);
        kit.Clock.Advance(TimeSpan.FromHours(4));
        var weekEnd = ZoneInstant(2026, 11, 30, 0, 0);
        var grid2Overdue = kit.Clock.GetUtcNow() > answered.ResponseDueAt || answered.HandleDueAt < weekEnd ? 1.0 : 0.0;
        await kit.Workflow.AssessAsync((await kit.OfficerAsync("19900000002")).Id, answered.Number, TicketCategory.EnterpriseService, Urgency.Normal, null);
        // The next week: not in this report.
        kit.Clock.Advance(TimeSpan.FromDays(7));
        await kit.FileInGridAsync(3);
        kit.Clock.Advance(TimeSpan.FromDays(7));

        var report = await new TicketReport(_database.Database, kit.Clock).BuildAsync(ReportPeriod.Containing(ReportPeriodKind.Week, new DateOnly(2026, 11, 25)));
        ReportWorkbook.Write(report, "慈溪滨海经济开发区", _file);

        using var workbook = new XLWorkbook(_file);
        var sheet = workbook.Worksheet("周记录");
        Assert.Contains("2026-11-23 – 2026-11-29", sheet.Cell(1, 1).GetString());
        Assert.Equal(ReportWorkbook.Headers, Enumerable.Range(1, ReportWorkbook.Headers.Length).Select(column => sheet.Cell(2, column).GetString()));
        var grid1 = Row(sheet, "1号网格");
        Assert.Equal((2.0, 1.0, 1.0, 2.0, 26.0, 1.0, 1.0, 1.0), (grid1[1], grid1[2], grid1[3], grid1[4], grid1[5], grid1[6], grid1[7], grid1[10]));
        var grid2 = Row(sheet, "2号网格");
        Assert.Equal((1.0, 0.0, grid2Overdue, 4.0), (grid2[1], grid2[2], grid2[3], grid2[4]));
        Assert.Equal(0.0, Row(sheet, "3号网格")[1]);
        var total = Row(sheet, "合计");
        Assert.Equal((3.0, 1.0, 1.0 + grid2Overdue, 3.0), (total[1], total[2], total[3], total[4]));
        var categories = workbook.Worksheet(ReportWorkbook.CategorySheet);
        var column = Enumerable.Range(2, 6).Single(c => categories.Cell(1, c).GetString() == "企业服务");
        var totalRow = Enumerable.Range(2, 20).Single(r => categories.Cell(r, 1).GetString() == "合计");
        Assert.Equal(3.0, categories.Cell(totalRow, column).GetDouble());
    }

    /// <summary>The numbers of a grid's row (index 0 is the name, left as 0), blanks as 0.</summary>
    private static double[] Row(IXLWorksheet sheet, string name)
    {
        var row = Enumerable.Range(3, 20).Single(r => sheet.Cell(r, 1).GetString() == name);
        return [.. Enumerable.Range(1, ReportWorkbook.Headers.Length).Select(c => c == 1 || sheet.Cell(row, c).IsEmpty() ? 0 : sheet.Cell(row, c).GetDouble())];
    }
}
