using System.Collections.Concurrent;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Volunteers;

namespace ZoneBot.Data.Tests.Volunteers;

/// <summary>The volunteer stores over one test database, with the sign-ups and counts the tests need.</summary>
internal sealed class VolunteerStore
{
    public static readonly DateTimeOffset ConsentAt = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    /// <summary>The clock's first reading: after the consent and after every demo membership.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    private readonly Database _database;
    private readonly ConcurrentDictionary<string, long> _teamIds = new(StringComparer.Ordinal);

    public VolunteerStore(Database database)
    {
        _database = database;
        Teams = new VolunteerTeams(database);
        SignUps = new VolunteerSignUps(database, Clock);
        Memberships = new VolunteerMemberships(database);
        Roster = new VolunteerRoster(database);
    }

    /// <summary>A second later at each reading, so that sign-ups made one after another join in that order.</summary>
    public FakeTimeProvider Clock { get; } = new(Start) { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };

    public VolunteerTeams Teams { get; }

    public VolunteerSignUps SignUps { get; }

    public VolunteerMemberships Memberships { get; }

    public VolunteerRoster Roster { get; }

    /// <summary>The team's id, looked up once: a race's sign-ups then start with their transactions.</summary>
    public async Task<long> TeamIdAsync(string code)
    {
        if (!_teamIds.TryGetValue(code, out var id))
        {
            id = (await Teams.FindAsync(code))!.Id;
            _teamIds[code] = id;
        }
        return id;
    }

    public async Task<SignUpOutcome> SignUpAsync(
        string teamCode, string phone, string name = "测试员", string user = "u1", bool? partyMember = null, string availability = "weekends") =>
        await SignUps.SignUpAsync(new VolunteerSignUp(
            await TeamIdAsync(teamCode), name, phone, null, availability, partyMember ?? (teamCode == "party_members" ? true : null), "test", user, ConsentAt));

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await _database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public async Task<T?> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await _database.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters);
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await _database.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    /// <summary>Rows in the three tables a sign-up writes to.</summary>
    public async Task<(long Volunteers, long Memberships, long Alerts)> RowsAsync() =>
        (await CountAsync("SELECT COUNT(*) FROM volunteers"),
         await CountAsync("SELECT COUNT(*) FROM volunteer_memberships"),
         await CountAsync("SELECT COUNT(*) FROM outbox"));

    public Task<long> VolunteersWithPhoneAsync(string phone) =>
        CountAsync("SELECT COUNT(*) FROM volunteers WHERE phone = @phone", new { phone });

    public Task<long> MembershipsOfPhoneAsync(string phone, string teamCode) =>
        CountAsync(
            """
            SELECT COUNT(*)
            FROM volunteer_memberships AS m
            JOIN volunteers AS v ON v.id = m.volunteer_id
            JOIN volunteer_teams AS t ON t.id = m.team_id
            WHERE v.phone = @phone AND t.code = @teamCode
            """,
            new { phone, teamCode });

    public Task<long> AlertsAboutAsync(long volunteerId) =>
        CountAsync("SELECT COUNT(*) FROM outbox WHERE payload LIKE @pattern", new { pattern = VolunteerSignUpAlert.PayloadPatternOf(volunteerId) });
}
