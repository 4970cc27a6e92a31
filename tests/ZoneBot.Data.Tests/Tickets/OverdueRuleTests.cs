using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteOverdueRuleTests(SeededDatabase<SqliteProvider> seeded) : OverdueRuleTests<SqliteProvider>(seeded);

public sealed class PostgresOverdueRuleTests(SeededDatabase<PostgresProvider> seeded) : OverdueRuleTests<PostgresProvider>(seeded);

/// <summary>
/// The overdue rule is written once (<see cref="OverdueRule"/>) and built into the SQL (<see cref="TicketSql"/>):
/// the queries and <see cref="Ticket.IsOverdueAt"/> must agree on every ticket, on each side of each deadline.
/// </summary>
public abstract class OverdueRuleTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private static readonly DateOnly Day = new(2026, 9, 14);

    [DatabaseFact]
    public async Task The_register_and_the_ticket_agree_on_overdue_at_each_deadline_and_just_after_it()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 9, 14, 9, 0));
        var firm = await kit.FirmAsync(FirmColour.Red);
        var reported = await kit.Filing.FileAsync(Draft(firm, urgency: Urgency.Urgent));
        var assessed = await kit.Filing.FileAsync(Draft(firm));
        var fedBack = await kit.Filing.FileAsync(Draft(firm, category: TicketCategory.Environment));
        var handled = await kit.Filing.FileAsync(Draft(firm, category: TicketCategory.Other));
        await kit.MoveToAsync(assessed.Number, TicketStage.Assessed);
        await kit.MoveToAsync(fedBack.Number, TicketStage.FedBack);
        await kit.MoveToAsync(handled.Number, TicketStage.Handled);
        var tickets = (await kit.Register.ListAsync(new TicketFilter(From: Day, To: Day))).Select(row => row.Ticket).ToList();
        var instants = tickets.SelectMany(t => new[] { t.ResponseDueAt, t.HandleDueAt })
            .SelectMany(due => new[] { due, due.AddSeconds(1) })
            .Distinct()
            .Order()
            .ToList();

        var checkedOverdue = 0;
        foreach (var now in instants)
        {
            kit.Clock.SetUtcNow(now);
            var inSql = (await kit.Register.ListAsync(new TicketFilter(OverdueOnly: true, From: Day, To: Day))).Select(row => row.Ticket.Number).Order();
            var inMemory = tickets.Where(t => t.IsOverdueAt(now)).Select(t => t.Number).Order().ToList();

            Assert.Equal(inMemory, inSql);
            checkedOverdue += inMemory.Count;
        }

        // The instants really cross deadlines: at its response deadline the reported ticket is not yet overdue, a second later it is.
        Assert.True(checkedOverdue > 0);
        var ticket = tickets.Single(t => t.Number == reported.Number);
        Assert.False(ticket.IsOverdueAt(ticket.ResponseDueAt));
        Assert.True(ticket.IsOverdueAt(ticket.ResponseDueAt.AddSeconds(1)));
        Assert.False(tickets.Single(t => t.Number == handled.Number).IsOverdueAt(instants[^1]));
    }

    [DatabaseFact]
    public async Task The_deadlines_watch_escalates_a_reported_ticket_only_after_its_response_deadline()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 9, 21, 9, 0));
        var filed = await kit.Filing.FileAsync(Draft(await kit.FirmAsync(FirmColour.Orange)));
        var ticket = (await kit.FirmTickets.FindAsync(await kit.FirmAsync(FirmColour.Orange), filed.Number))!.Ticket;
        var escalations = new TicketEscalations(kit.Database, kit.Clock, new EscalationOptions());
        const string raised = "SELECT COUNT(*) FROM ticket_escalations WHERE ticket_id = @id AND deadline = 'response'";

        kit.Clock.SetUtcNow(ticket.ResponseDueAt);
        await escalations.SweepAsync();
        var atDeadline = await kit.ScalarAsync(raised, new { id = filed.Id });
        kit.Clock.SetUtcNow(ticket.ResponseDueAt.AddSeconds(1));
        await escalations.SweepAsync();
        var justAfter = await kit.ScalarAsync(raised, new { id = filed.Id });

        Assert.Equal(0, atDeadline);
        Assert.Equal(1, justAfter);
    }
}
