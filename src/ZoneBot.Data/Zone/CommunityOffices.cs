using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Zone;

/// <summary>The community offices: where anyone can turn when the bot cannot help.</summary>
public sealed class CommunityOffices(Database database)
{
    public async Task<IReadOnlyList<Community>> AllAsync(CancellationToken ct = default)
    {
        const string sql = """
            SELECT id AS Id, code AS Code, name AS Name, office_phone AS OfficePhone, office_address AS OfficeAddress
            FROM communities
            ORDER BY id
            """;
        await using var connection = await database.OpenAsync(ct);
        return [.. await connection.QueryAsync<Community>(new CommandDefinition(sql, cancellationToken: ct))];
    }
}
