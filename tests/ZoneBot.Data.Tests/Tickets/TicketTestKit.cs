using Dapper;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Tickets;

/// <summary>What the ticket tests share: a pinned clock, the services over a seeded database, firms by colour, rows as stored.</summary>
internal sealed class TicketTestKit
{
    public TicketTestKit(Database database, DateTimeOffset now)
    {
        Database = database;
        Clock = new FakeTimeProvider(now);
        Filing = new TicketFiling(database, Policy, Clock);
        FirmTickets = new FirmTickets(database);
        FollowUp = new TicketFollowUp(database, Policy, Clock);
        Register = new TicketRegister(database, Clock);
    }

    /// <summary>
    /// The shipped hours: green 24 h / 120 h … red 4 h / 24 h, urgent × 0.5, safety capped at 2 h / 24 h, all in clock
    /// hours here: these tests check what is stored, the working calendar is the domain tests' (ZoneCalendarTests).
    /// </summary>
    public static DeadlineOptions Deadlines { get; } = new()
    {
        Categories = new() { ["safety"] = new() { ResponseHours = 2, HandleHours = 24 } },
        WorkingHours = false,
    };

    public static DeadlinePolicy Policy { get; } = new(Deadlines);

    public Database Database { get; }

    public FakeTimeProvider Clock { get; }

    public TicketFiling Filing { get; }

    public FirmTickets FirmTickets { get; }

    public TicketFollowUp FollowUp { get; }

    public TicketRegister Register { get; }

    /// <summary>An instant given in the zone's time, as people there read clocks.</summary>
    public static DateTimeOffset ZoneInstant(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ZoneTime.Offset);

    public static NewTicket Draft(
        long firmId,
        TicketCategory category = TicketCategory.EnterpriseService,
        Urgency urgency = Urgency.Normal,
        string user = "user-1",
        string description = "厂区门口路灯坏了，晚上下班很不安全",
        params NewTicketAttachment[] attachments) =>
        new(firmId, category, description, "东门", urgency, "王建国", "13805741234", null, attachments, "test", user);

    /// <summary>A verified member of the firm acting on its tickets, recorded under <paramref name="name"/>.</summary>
    public static FirmActor Member(string name, string user = "member-1") => new(name, "test", user, WholeFirm: true);

    /// <summary>A chat user who did not prove membership: they reach only the tickets they filed.</summary>
    public static FirmActor Stranger(string name, string user) => new(name, "test", user, WholeFirm: false);

    /// <summary>The <paramref name="skip"/>th firm (by id) of a colour in the demo data.</summary>
    public async Task<long> FirmAsync(FirmColour colour, int skip = 0)
    {
        const string sql = "SELECT id FROM firms WHERE colour = @colour ORDER BY id LIMIT 1 OFFSET @skip";
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, new { colour = colour.Code, skip });
    }

    public async Task<IReadOnlyList<OutboxRow>> OutboxAsync(long ticketId)
    {
        const string sql = "SELECT kind AS Kind, recipient_officer_id AS RecipientOfficerId, payload AS Payload, status AS Status FROM outbox ORDER BY id";
        await using var connection = await Database.OpenAsync();
        var rows = await connection.QueryAsync<OutboxRow>(sql);
        return [.. rows.Where(row => row.Alert.TicketId == ticketId)];
    }

    public async Task<long> ScalarAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    /// <summary>What an officer's action would do; the officers' side is not built yet.</summary>
    public async Task MoveToAsync(string number, TicketStage stage)
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync("UPDATE tickets SET stage = @stage WHERE number = @number", new { stage = stage.Code, number });
    }

    internal sealed class OutboxRow
    {
        public string Kind { get; set; } = string.Empty;
        public long? RecipientOfficerId { get; set; }
        public string Payload { get; set; } = string.Empty;
        public string Status { get; set; } = string.Empty;

        public TicketAlert Alert => TicketAlert.FromJson(Payload);
    }
}
