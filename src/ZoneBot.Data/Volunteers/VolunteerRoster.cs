using Dapper;

namespace ZoneBot.Data.Volunteers;

/// <summary>A team's members with their contact details, for the leader's roster export.</summary>
public sealed class VolunteerRoster(Database database)
{
    public async Task<IReadOnlyList<RosterEntry>> OfTeamAsync(long teamId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT v.name AS Name, v.phone AS Phone, f.name AS EmployerName, m.availability AS Availability,
                   m.party_member AS PartyMember, m.joined_at AS JoinedAt, v.consent_at AS ConsentAt
            FROM volunteer_memberships AS m
            JOIN volunteers AS v ON v.id = m.volunteer_id
            LEFT JOIN firms AS f ON f.id = v.employer_firm_id
            WHERE m.team_id = @teamId
            ORDER BY m.joined_at, v.id
            """;
        await using var connection = await database.OpenAsync(ct);
        return [.. await connection.QueryAsync<RosterEntry>(new CommandDefinition(sql, new { teamId }, cancellationToken: ct))];
    }
}
