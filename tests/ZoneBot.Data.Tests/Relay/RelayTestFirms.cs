using Dapper;

namespace ZoneBot.Data.Tests.Relay;

/// <summary>The seeded zone's firms and liaisons as the relay tests need them.</summary>
internal static class RelayTestFirms
{
    /// <summary>The first firm of grid <paramref name="grid"/> and its liaison, bound to a chat ("liaison-{grid}" on "test").</summary>
    public static async Task<(long FirmId, long LiaisonId)> WithBoundLiaisonAsync(Database database, int grid)
    {
        await using var connection = await database.OpenAsync();
        var firmId = await connection.ExecuteScalarAsync<long>(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @grid ORDER BY f.id LIMIT 1", new { grid });
        var liaisonId = await connection.ExecuteScalarAsync<long>(
            "SELECT MIN(o.id) FROM officers AS o JOIN grids AS g ON g.id = o.grid_id WHERE g.number = @grid AND o.role = 'liaison'", new { grid });
        await connection.ExecuteAsync(
            "UPDATE officers SET conversation_reference = '{}', channel_id = 'test', channel_user_id = @user WHERE id = @liaisonId",
            new { liaisonId, user = "liaison-" + grid });
        return (firmId, liaisonId);
    }
}
