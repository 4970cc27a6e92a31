using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteTicketRegisterTests(SeededDatabase<SqliteProvider> seeded) : TicketRegisterTests<SqliteProvider>(seeded);

public sealed class PostgresTicketRegisterTests(SeededDatabase<PostgresProvider> seeded) : TicketRegisterTests<PostgresProvider>(seeded);

/// <summary>The administrators' register: every ticket of the zone, filtered, and any one by its number.</summary>
public abstract class TicketRegisterTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    [DatabaseFact]
    public async Task The_list_filters_by_grid_stage_overdue_and_zone_dates()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 10, 1, 9, 0));
        var red = await kit.FirmAsync(FirmColour.Red);
        var green = await kit.FirmAsync(FirmColour.Green);
        var redUrgent = await kit.Filing.FileAsync(Draft(red, urgency: Urgency.Urgent));    // response due 11:00
        var greenNormal = await kit.Filing.FileAsync(Draft(green));                          // response due tomorrow 09:00
        kit.Clock.SetUtcNow(ZoneInstant(2026, 10, 2, 23, 30));
        var late = await kit.Filing.FileAsync(Draft(green));
        await kit.MoveToAsync(greenNormal.Number, TicketStage.Assessed);
        kit.Clock.SetUtcNow(ZoneInstant(2026, 10, 3, 8, 0));

        var all = await kit.Register.ListAsync(new TicketFilter(From: new DateOnly(2026, 10, 1), To: new DateOnly(2026, 10, 2)));
        var firstDay = await kit.Register.ListAsync(new TicketFilter(From: new DateOnly(2026, 10, 1), To: new DateOnly(2026, 10, 1)));
        var assessed = await kit.Register.ListAsync(new TicketFilter(Stage: TicketStage.Assessed, From: new DateOnly(2026, 10, 1)));
        var overdue = await kit.Register.ListAsync(new TicketFilter(OverdueOnly: true, From: new DateOnly(2026, 10, 1)));
        var redGrid = (await kit.FirmTickets.FindAsync(red, redUrgent.Number))!.Ticket.GridId;
        var inGrid = await kit.Register.ListAsync(new TicketFilter(GridNumber: (int)await kit.ScalarAsync("SELECT number FROM grids WHERE id = @redGrid", new { redGrid }), From: new DateOnly(2026, 10, 1)));

        Assert.Equal([late.Number, greenNormal.Number, redUrgent.Number], all.Select(t => t.Ticket.Number));
        Assert.Equal([greenNormal.Number, redUrgent.Number], firstDay.Select(t => t.Ticket.Number));
        Assert.Equal([greenNormal.Number], assessed.Select(t => t.Ticket.Number));
        // Red urgent: response long past. Green: assessed, handling due 10-06. Late: response due 10-03 23:30.
        Assert.Equal([redUrgent.Number], overdue.Select(t => t.Ticket.Number));
        Assert.Contains(redUrgent.Number, inGrid.Select(t => t.Ticket.Number));
        Assert.All(inGrid, t => Assert.Equal(redGrid, t.Ticket.GridId));
        Assert.False(string.IsNullOrEmpty(all[0].FirmName));
    }

    [DatabaseFact]
    public async Task Any_ticket_is_found_by_its_number_with_its_history()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 10, 5, 9, 0));
        var filed = await kit.Filing.FileAsync(Draft(await kit.FirmAsync(FirmColour.Orange)));

        var details = await kit.Register.FindAsync(filed.Number);

        Assert.Equal(filed.Id, details?.Ticket.Id);
        Assert.Single(details!.History);
        Assert.Null(await kit.Register.FindAsync("ZB-20261005-0099"));
    }
}
