using Dapper;

namespace ZoneBot.Data.Zone;

/// <summary>The grid look-ups of 找社管员: by grid, by grid number, by road.</summary>
public sealed class GridContacts(Database database)
{
    private const string SelectContacts = """
        SELECT g.id AS GridId, g.number AS GridNumber, g.name AS GridName,
               c.name AS CommunityName, c.office_phone AS OfficePhone, c.office_address AS OfficeAddress,
               o.name AS LiaisonName, o.phone AS LiaisonPhone
        FROM grids AS g
        JOIN communities AS c ON c.id = g.community_id
        LEFT JOIN officers AS o ON o.id = (
            SELECT MIN(l.id) FROM officers AS l WHERE l.grid_id = g.id AND l.role = 'liaison')
        """;

    public async Task<GridContact?> ForGridAsync(long gridId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<GridContact>(
            new CommandDefinition(SelectContacts + " WHERE g.id = @gridId", new { gridId }, cancellationToken: ct));
    }

    public async Task<GridContact?> ForGridNumberAsync(int number, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<GridContact>(
            new CommandDefinition(SelectContacts + " WHERE g.number = @number", new { number }, cancellationToken: ct));
    }

    /// <summary>The grids with firms on the road, most firms first (a road can cross two grids).</summary>
    public async Task<IReadOnlyList<GridContact>> ForRoadAsync(string road, CancellationToken ct = default)
    {
        const string sql = SelectContacts + """

             JOIN (SELECT grid_id, COUNT(*) AS firms FROM firms WHERE road = @road GROUP BY grid_id) AS on_road
               ON on_road.grid_id = g.id
             ORDER BY on_road.firms DESC, g.number
            """;
        await using var connection = await database.OpenAsync(ct);
        return [.. await connection.QueryAsync<GridContact>(new CommandDefinition(sql, new { road }, cancellationToken: ct))];
    }
}
