using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Tests.Officers;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteTicketEscalationsTests : TicketEscalationsTests<SqliteProvider>;

public sealed class PostgresTicketEscalationsTests : TicketEscalationsTests<PostgresProvider>;

/// <summary>The deadlines watch over a database of its own, with a pinned clock.</summary>
public abstract class TicketEscalationsTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    // A database of its own per test: a sweep escalates every overdue ticket in it.
    private readonly SeededDatabase<TProvider> _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task An_overdue_ticket_is_escalated_to_the_secretary_once_and_to_the_administrators_after_the_delay()
    {
        var kit = new OfficerTestKit(_database.Database, ZoneInstant(2026, 11, 24, 9, 0));
        var escalations = new TicketEscalations(_database.Database, kit.Clock, new EscalationOptions { AdminDelayHours = 24 });
        var filed = await kit.FileInGridAsync(2);
        var secretary = await kit.OfficerAsync("19900000011");
        var admin = await kit.OfficerAsync("19900000013");

        Assert.Equal(0, await escalations.SweepAsync());
        kit.Clock.Advance(filed.ResponseDueAt - kit.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var first = await escalations.SweepAsync();
        var again = await escalations.SweepAsync();
        kit.Clock.Advance(TimeSpan.FromHours(23));
        var beforeDelay = await escalations.SweepAsync();
        kit.Clock.Advance(TimeSpan.FromHours(1));
        var afterDelay = await escalations.SweepAsync();
        var afterThat = await escalations.SweepAsync();

        Assert.Equal((1, 0, 0, 1, 0), (first, again, beforeDelay, afterDelay, afterThat));
        var alerts = (await kit.OutboxAsync(TicketAlert.Escalated)).Where(row => row.Alert.Number == filed.Number).ToList();
        Assert.Equal([(secretary.Id, "secretary"), (admin.Id, "admin")], alerts.Select(row => (row.RecipientOfficerId!.Value, row.Alert.Level!)));
        Assert.All(alerts, row => Assert.Equal("response", row.Alert.Deadline));
        Assert.Equal(2L, await kit.Tickets.ScalarAsync("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = @id AND kind = 'escalated'", new { id = filed.Id }));
    }

    [DatabaseFact]
    public async Task An_assessed_ticket_past_its_handling_deadline_is_escalated_and_an_extension_starts_a_new_watch()
    {
        var kit = new OfficerTestKit(_database.Database, ZoneInstant(2026, 11, 24, 9, 0));
        var escalations = new TicketEscalations(_database.Database, kit.Clock, new EscalationOptions());
        var liaison = await kit.OfficerAsync("19900000003");
        var secretary = await kit.OfficerAsync("19900000011");
        var filed = await kit.FileInGridAsync(3);
        await kit.Workflow.AssessAsync(liaison.Id, filed.Number, TicketCategory.EnterpriseService, Urgency.Normal, null);

        kit.Clock.Advance(filed.HandleDueAt - kit.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await escalations.SweepAsync());
        await kit.Extensions.RequestAsync(liaison.Id, filed.Number, 1, "等配件");
        await kit.Extensions.DecideAsync(secretary.Id, filed.Number, true, "批准");
        Assert.Equal(0, await escalations.SweepAsync());
        kit.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await escalations.SweepAsync());

        Assert.All((await kit.OutboxAsync(TicketAlert.Escalated)).Where(row => row.Alert.Number == filed.Number), row => Assert.Equal("handle", row.Alert.Deadline));
    }
}
