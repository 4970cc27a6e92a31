using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteFirmTicketsTests(SeededDatabase<SqliteProvider> seeded) : FirmTicketsTests<SqliteProvider>(seeded);

public sealed class PostgresFirmTicketsTests(SeededDatabase<PostgresProvider> seeded) : FirmTicketsTests<PostgresProvider>(seeded);

/// <summary>查询工单: a firm's own tickets, a page at a time, and one ticket with its history.</summary>
public abstract class FirmTicketsTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    [DatabaseFact]
    public async Task A_firms_tickets_come_newest_first_a_page_at_a_time_with_the_total()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 20, 8, 0));
        var (firmId, otherFirmId) = (await kit.FirmAsync(FirmColour.Green, skip: 10), await kit.FirmAsync(FirmColour.Green, skip: 11));
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            numbers.Add((await kit.Filing.FileAsync(Draft(firmId))).Number);
            await kit.Filing.FileAsync(Draft(otherFirmId));
            kit.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var first = await kit.FirmTickets.PageAsync(firmId, page: 1, pageSize: 2);
        var last = await kit.FirmTickets.PageAsync(firmId, page: 3, pageSize: 2);
        var beyond = await kit.FirmTickets.PageAsync(firmId, page: 4, pageSize: 2);

        Assert.Equal([numbers[4], numbers[3]], first.Tickets.Select(t => t.Number));
        Assert.Equal((5, 3, true), (first.Total, first.PageCount, first.HasNextPage));
        Assert.Equal([numbers[0]], last.Tickets.Select(t => t.Number));
        Assert.False(last.HasNextPage);
        Assert.Empty(beyond.Tickets);
        Assert.All(first.Tickets.Concat(last.Tickets), ticket => Assert.Equal(firmId, ticket.FirmId));
    }

    [DatabaseFact]
    public async Task A_firm_without_tickets_gets_an_empty_first_page()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 20, 8, 0));

        var page = await kit.FirmTickets.PageAsync(await kit.FirmAsync(FirmColour.Red, skip: 10), 1, 10);

        Assert.Equal((0, 0, false), (page.Total, page.PageCount, page.HasNextPage));
    }

    [DatabaseFact]
    public async Task Another_firms_number_behaves_exactly_like_a_missing_one()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 21, 8, 0));
        var (firmId, otherFirmId) = (await kit.FirmAsync(FirmColour.Yellow, skip: 10), await kit.FirmAsync(FirmColour.Yellow, skip: 11));
        var filed = await kit.Filing.FileAsync(Draft(firmId));

        Assert.Null(await kit.FirmTickets.FindAsync(otherFirmId, filed.Number));
        Assert.Null(await kit.FirmTickets.FindAsync(firmId, "ZB-20261121-9999"));
        Assert.Null(await kit.FirmTickets.FindAsync(firmId, "不是编号"));
        Assert.Equal(filed.Id, (await kit.FirmTickets.FindAsync(firmId, $"  {filed.Number.ToLowerInvariant()} "))?.Ticket.Id);
    }

    [DatabaseFact]
    public async Task A_tickets_history_lists_its_events_oldest_first_with_its_attachments()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 22, 8, 0));
        var firmId = await kit.FirmAsync(FirmColour.Orange, skip: 10);
        var filed = await kit.Filing.FileAsync(Draft(firmId, attachments: new NewTicketAttachment("1.jpg", "image/jpeg", "https://files.example/1.jpg")));
        kit.Clock.Advance(TimeSpan.FromMinutes(30));
        await kit.FollowUp.SupplementAsync(firmId, filed.Number, Member("王建国"), "晚上八点后最明显", [new NewTicketAttachment("2.jpg", "image/jpeg", "https://files.example/2.jpg")]);
        kit.Clock.Advance(TimeSpan.FromMinutes(30));
        await kit.FollowUp.UrgeAsync(firmId, filed.Number, Member("王建国"));

        var details = await kit.FirmTickets.FindAsync(firmId, filed.Number);

        Assert.NotNull(details);
        Assert.Equal([TicketEventKind.Filed, TicketEventKind.Supplemented, TicketEventKind.Urged], details.History.Select(e => e.Kind));
        Assert.Equal([kit.Clock.GetUtcNow().AddHours(-1), kit.Clock.GetUtcNow().AddMinutes(-30), kit.Clock.GetUtcNow()], details.History.Select(e => e.CreatedAt));
        Assert.Equal("晚上八点后最明显", details.History[1].Note);
        Assert.Equal(["1.jpg", "2.jpg"], details.Attachments.Select(a => a.Name));
    }
}
