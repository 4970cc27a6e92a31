using Dapper;

namespace ZoneBot.Data.Volunteers;

/// <summary>The volunteer teams with their member counts, for the sign-up choice and the admin verbs.</summary>
public sealed class VolunteerTeams(Database database)
{
    private const string SelectTeams = """
        SELECT t.id AS Id, t.code AS Code, t.name AS Name, t.description AS Description,
               t.needs_party_member AS NeedsPartyMember, t.capacity AS Capacity,
               t.leader_officer_id AS LeaderOfficerId, o.name AS LeaderName,
               (SELECT COUNT(*) FROM volunteer_memberships AS m WHERE m.team_id = t.id) AS Members
        FROM volunteer_teams AS t
        LEFT JOIN officers AS o ON o.id = t.leader_officer_id
        """;

    public async Task<IReadOnlyList<VolunteerTeamListing>> AllAsync(CancellationToken ct = default)
    {
        const string sql = SelectTeams + " ORDER BY t.id";
        await using var connection = await database.OpenAsync(ct);
        return [.. await connection.QueryAsync<VolunteerTeamListing>(new CommandDefinition(sql, cancellationToken: ct))];
    }

    public async Task<VolunteerTeamListing?> FindByIdAsync(long teamId, CancellationToken ct = default)
    {
        const string sql = SelectTeams + " WHERE t.id = @teamId";
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<VolunteerTeamListing>(new CommandDefinition(sql, new { teamId }, cancellationToken: ct));
    }

    /// <summary>How many people volunteer, whatever their teams (someone in two teams counts once).</summary>
    public async Task<int> VolunteerCountAsync(CancellationToken ct = default)
    {
        const string sql = "SELECT COUNT(*) FROM volunteers";
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, cancellationToken: ct));
    }

    /// <summary>A team by its code (safety_patrol) or its full name (平安巡防志愿者队伍), as an administrator types it.</summary>
    public async Task<VolunteerTeamListing?> FindAsync(string codeOrName, CancellationToken ct = default)
    {
        const string sql = SelectTeams + " WHERE t.code = @key OR t.name = @key";
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<VolunteerTeamListing>(
            new CommandDefinition(sql, new { key = codeOrName.Trim() }, cancellationToken: ct));
    }
}
