using Dapper;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Tests.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Officers;

/// <summary>The officers' side over a seeded database with a pinned clock: enrol, bind, act, and look at the rows.</summary>
internal sealed class OfficerTestKit
{
    public OfficerTestKit(Database database, DateTimeOffset now)
    {
        Tickets = new TicketTestKit(database, now);
        Database = database;
        Enrolment = new OfficerEnrolment(database, Clock);
        Binding = new OfficerBinding(database, Clock);
        Workflow = new TicketWorkflow(database, TicketTestKit.Policy, Clock);
        Extensions = new TicketExtensions(database, Clock);
        OfficerTickets = new OfficerTickets(database, Clock);
    }

    public TicketTestKit Tickets { get; }

    public Database Database { get; }

    public FakeTimeProvider Clock => Tickets.Clock;

    public OfficerEnrolment Enrolment { get; }

    public OfficerBinding Binding { get; }

    public TicketWorkflow Workflow { get; }

    public TicketExtensions Extensions { get; }

    public OfficerTickets OfficerTickets { get; }

    /// <summary>A demo officer by phone (19900000001 is the liaison of grid 1, …011 the secretary of lingshui, …013 the admin).</summary>
    public async Task<Officer> OfficerAsync(string phone)
    {
        await using var connection = await Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(long Id, string Name, string Role, long? GridId, long? CommunityId)>(
            "SELECT id, name, role, grid_id, community_id FROM officers WHERE phone = @phone", new { phone });
        return new Officer(row.Id, row.Name, phone, OfficerRole.FromCode(row.Role), row.GridId, row.CommunityId, null, null);
    }

    /// <summary>A ticket of a firm in grid <paramref name="gridNumber"/>, filed by chat user <paramref name="user"/>.</summary>
    public async Task<FiledTicket> FileInGridAsync(int gridNumber, string user = "firm-user", int skip = 0)
    {
        var firmId = await Tickets.ScalarAsync(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @gridNumber ORDER BY f.id LIMIT 1 OFFSET @skip",
            new { gridNumber, skip });
        return await Tickets.Filing.FileAsync(TicketTestKit.Draft(firmId, user: user));
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<IReadOnlyList<Row>> OutboxAsync(string kind)
    {
        await using var connection = await Database.OpenAsync();
        return [.. await connection.QueryAsync<Row>(
            """
            SELECT id AS Id, kind AS Kind, recipient_officer_id AS RecipientOfficerId, recipient_channel_id AS RecipientChannelId,
                   recipient_user_id AS RecipientUserId, payload AS Payload, status AS Status
            FROM outbox WHERE kind = @kind ORDER BY id
            """, new { kind })];
    }

    internal sealed class Row
    {
        public long Id { get; set; }
        public string Kind { get; set; } = string.Empty;
        public long? RecipientOfficerId { get; set; }
        public string? RecipientChannelId { get; set; }
        public string? RecipientUserId { get; set; }
        public string Payload { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;

        public TicketAlert Alert => TicketAlert.FromJson(Payload);
    }
}
