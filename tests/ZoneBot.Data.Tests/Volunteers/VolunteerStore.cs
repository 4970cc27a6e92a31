using Dapper;
using ZoneBot.Data;

namespace ZoneBot.Data.Tests.Volunteers;

/// <summary>The volunteer stores over one test database, with the sign-ups and counts the tests need.</summary>
internal sealed class VolunteerStore(Database database)
{
    public static readonly DateTimeOffset ConsentAt = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    public VolunteerTeams Teams { get; } = new(database);

    public VolunteerSignUps SignUps { get; } = new(database, TimeProvider.System);

    public VolunteerMemberships Memberships { get; } = new(database);

    public async Task<long> TeamIdAsync(string code) => (await Teams.FindAsync(code))!.Id;

    public async Task<SignUpOutcome> SignUpAsync(
        string teamCode, string phone, string name = "测试员", string user = "u1", bool? partyMember = null, string availability = "weekends") =>
        await SignUps.SignUpAsync(new VolunteerSignUp(
            await TeamIdAsync(teamCode), name, phone, null, availability, partyMember ?? (teamCode == "party_members" ? true : null), "test", user, ConsentAt));

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    /// <summary>Rows in the three tables a sign-up writes to.</summary>
    public async Task<(long Volunteers, long Memberships, long Alerts)> RowsAsync() =>
        (await CountAsync("SELECT COUNT(*) FROM volunteers"),
         await CountAsync("SELECT COUNT(*) FROM volunteer_memberships"),
         await CountAsync("SELECT COUNT(*) FROM outbox"));

    public Task<long> VolunteersWithPhoneAsync(string phone) =>
        CountAsync("SELECT COUNT(*) FROM volunteers WHERE phone = @phone", new { phone });

    public Task<long> AlertsAboutAsync(long volunteerId) =>
        CountAsync("SELECT COUNT(*) FROM outbox WHERE payload LIKE @pattern", new { pattern = VolunteerSignUpAlert.PayloadPatternOf(volunteerId) });
}
