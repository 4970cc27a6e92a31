using Dapper;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tests.Inspections;

/// <summary>What the inspection tests share: a pinned clock, the services over a seeded database, firms by colour and grid.</summary>
internal sealed class InspectionTestKit
{
    public InspectionTestKit(Database database, DateTimeOffset now)
    {
        Database = database;
        Clock = new FakeTimeProvider(now);
        Deadlines = new RectificationDeadlines(Options, new DeadlinePolicy(new DeadlineOptions()).Calendar);
        Planner = new InspectionPlanner(database, Options);
        Officers = new OfficerInspections(database, Clock);
        Rectifications = new Rectifications(database, Clock);
        Reviews = new InspectionReviews(database, Clock);
        Progress = new InspectionProgress(database, Clock);
    }

    public static InspectionOptions Options { get; } = new();

    public Database Database { get; }

    public FakeTimeProvider Clock { get; }

    public RectificationDeadlines Deadlines { get; }

    public InspectionPlanner Planner { get; }

    public OfficerInspections Officers { get; }

    public Rectifications Rectifications { get; }

    public InspectionReviews Reviews { get; }

    public InspectionProgress Progress { get; }

    public DateOnly Today => ZoneTime.Today(Clock);

    public async Task<Officer> OfficerAsync(string phone)
    {
        await using var connection = await Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(long Id, string Name, string Role, long? GridId, long? CommunityId)>(
            "SELECT id, name, role, grid_id, community_id FROM officers WHERE phone = @phone", new { phone });
        return new Officer(row.Id, row.Name, phone, OfficerRole.FromCode(row.Role), row.GridId, row.CommunityId, null, null);
    }

    /// <summary>A firm of this colour in grid <paramref name="gridNumber"/>.</summary>
    public Task<long> FirmAsync(int gridNumber, FirmColour colour, int skip = 0) => ScalarAsync(
        "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @gridNumber AND f.colour = @colour ORDER BY f.id LIMIT 1 OFFSET @skip",
        new { gridNumber, colour = colour.Code, skip });

    /// <summary>A chat user who proved membership of the firm, and one who only named it; the bot can reach both.</summary>
    public async Task MembersAsync(long firmId, string verifiedUser, string strangerUser)
    {
        const string sql = """
            INSERT INTO firm_users (channel_id, user_id, firm_id, linked_at, verified_at, verified_by)
            VALUES ('test', @verifiedUser, @firmId, @now, @now, 'liaison'), ('test', @strangerUser, @firmId, @now, NULL, NULL);
            INSERT INTO chat_references (channel_id, user_id, reference, updated_at)
            VALUES ('test', @verifiedUser, '{}', @now), ('test', @strangerUser, '{}', @now)
            """;
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync(sql, new { verifiedUser, strangerUser, firmId, now = Clock.GetUtcNow() });
    }

    public HazardFinding Hazard(string item, FirmColour colour, HazardLevel level = HazardLevel.General) =>
        new(item, level, "note of " + item, Deadlines.Propose(Today, level, colour), [new PhotoFile("a.jpg", "image/jpeg", "https://example.test/a.jpg")]);

    public async Task<long> ScalarAsync(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public async Task<IReadOnlyList<OutboxRow>> OutboxAsync(string kind)
    {
        await using var connection = await Database.OpenAsync();
        return [.. await connection.QueryAsync<OutboxRow>(
            """
            SELECT recipient_officer_id AS RecipientOfficerId, recipient_user_id AS RecipientUserId, payload AS Payload
            FROM outbox WHERE kind = @kind ORDER BY id
            """, new { kind })];
    }

    internal sealed class OutboxRow
    {
        public long? RecipientOfficerId { get; set; }
        public string? RecipientUserId { get; set; }
        public string Payload { get; set; } = string.Empty;
        public InspectionAlert Alert => InspectionAlert.FromJson(Payload);
    }

    public static DateTimeOffset ZoneInstant(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ZoneTime.Offset);
}
