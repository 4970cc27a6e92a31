using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;
using ZoneBot.Testing;
using static ZoneBot.Data.Tests.Tickets.TicketTestKit;

namespace ZoneBot.Data.Tests.Tickets;

public sealed class SqliteTicketRoutingTests(SeededDatabase<SqliteProvider> seeded) : TicketRoutingTests<SqliteProvider>(seeded);

public sealed class PostgresTicketRoutingTests(SeededDatabase<PostgresProvider> seeded) : TicketRoutingTests<PostgresProvider>(seeded);

/// <summary>
/// Whom a new ticket is for: an emergency alerts the liaison and the secretary at once; a complaint or a
/// report alerts the secretary only, and the liaison can neither list nor open it.
/// </summary>
public abstract class TicketRoutingTests<TProvider>(SeededDatabase<TProvider> seeded) : IClassFixture<SeededDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    [DatabaseFact]
    public async Task An_emergency_alerts_the_grid_liaison_and_the_community_secretary_at_once()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 2, 9, 30));
        var firmId = await kit.FirmAsync(FirmColour.Green);

        var filed = await kit.Filing.FileAsync(Draft(firmId, TicketCategory.Safety, Urgency.Urgent, description: "车间着火了") with { Routing = TicketRouting.Emergency });

        var (liaison, secretaries) = await PeopleAsync(firmId);
        var alerts = await kit.OutboxAsync(filed.Id);
        Assert.All(alerts, alert => Assert.Equal("ticket.emergency", alert.Kind));
        Assert.Equal([liaison, .. secretaries], alerts.Select(alert => alert.RecipientOfficerId!.Value).Order());
        Assert.Equal(1, await kit.ScalarAsync("SELECT COUNT(*) FROM tickets WHERE id = @id AND routing = 'emergency'", new { id = filed.Id }));
    }

    [DatabaseFact]
    public async Task A_complaint_reaches_only_the_secretary_and_the_liaison_can_neither_list_nor_open_it()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 2, 10, 0));
        var firmId = await kit.FirmAsync(FirmColour.Yellow);
        var filed = await kit.Filing.FileAsync(Draft(firmId, TicketCategory.Other, description: "投诉社管员一直不回消息") with { Routing = TicketRouting.Complaint });

        var (liaisonId, secretaries) = await PeopleAsync(firmId);
        var alerts = await kit.OutboxAsync(filed.Id);
        Assert.Equal(secretaries, alerts.Select(alert => alert.RecipientOfficerId!.Value).Order());
        Assert.All(alerts, alert => Assert.Equal("ticket.complaint", alert.Kind));

        var officers = new OfficerTickets(seeded.Database, kit.Clock);
        var liaison = await OfficerAsync(liaisonId);
        var secretary = await OfficerAsync(secretaries[0]);
        Assert.Null(await officers.FindAsync(liaison, filed.Number));
        Assert.DoesNotContain((await officers.OpenAsync(liaison, 1, 100)).Tasks, task => task.Ticket.Number == filed.Number);
        Assert.NotNull(await officers.FindAsync(secretary, filed.Number));
    }

    [DatabaseFact]
    public async Task Urging_a_report_alerts_no_liaison_so_the_dispatcher_gives_it_to_the_secretary()
    {
        var kit = new TicketTestKit(seeded.Database, ZoneInstant(2026, 11, 2, 11, 0));
        var firmId = await kit.FirmAsync(FirmColour.Orange);
        var filed = await kit.Filing.FileAsync(Draft(firmId, TicketCategory.Environment, description: "举报隔壁厂晚上偷排污水") with { Routing = TicketRouting.Report });

        Assert.Equal(UrgeOutcome.Urged, (await kit.FollowUp.UrgeAsync(firmId, filed.Number, TicketTestKit.Member("王建国"))).Outcome);

        var urged = Assert.Single(await kit.OutboxAsync(filed.Id), alert => alert.Kind == TicketAlert.Urged);
        Assert.Null(urged.RecipientOfficerId);
        Assert.True(urged.Alert.NoLiaison);
        Assert.True(urged.Alert.Confidential);
    }

    private async Task<(long Liaison, List<long> Secretaries)> PeopleAsync(long firmId)
    {
        await using var connection = await seeded.Database.OpenAsync();
        var liaison = await connection.ExecuteScalarAsync<long>(
            "SELECT MIN(o.id) FROM officers AS o JOIN firms AS f ON f.grid_id = o.grid_id WHERE f.id = @firmId AND o.role = 'liaison'", new { firmId });
        var secretaries = (await connection.QueryAsync<long>("""
            SELECT o.id FROM officers AS o JOIN grids AS g ON g.community_id = o.community_id JOIN firms AS f ON f.grid_id = g.id
            WHERE f.id = @firmId AND o.role = 'secretary' ORDER BY o.id
            """, new { firmId })).ToList();
        return (liaison, secretaries);
    }

    private async Task<Officer> OfficerAsync(long id)
    {
        await using var connection = await seeded.Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(long Id, string Name, string Phone, string Role, long? GridId, long? CommunityId)>(
            "SELECT id, name, phone, role, grid_id, community_id FROM officers WHERE id = @id", new { id });
        return new Officer(row.Id, row.Name, row.Phone, OfficerRole.FromCode(row.Role), row.GridId, row.CommunityId, null, null);
    }
}
