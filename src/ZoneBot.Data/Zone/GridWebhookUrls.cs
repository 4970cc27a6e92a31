using Dapper;

namespace ZoneBot.Data.Zone;

/// <summary>A grid's number and the group webhook stored for it (grids.webhook_url), for the alert dispatcher.</summary>
public sealed class GridWebhookUrls(Database database)
{
    public async Task<(int Number, string? WebhookUrl)?> FindAsync(long gridId, CancellationToken ct = default)
    {
        const string sql = "SELECT number AS Number, webhook_url AS WebhookUrl FROM grids WHERE id = @gridId";
        await using var connection = await database.OpenAsync(ct);
        var rows = (await connection.QueryAsync<(long Number, string? WebhookUrl)>(new CommandDefinition(sql, new { gridId }, cancellationToken: ct))).ToList();
        return rows is [var row] ? ((int)row.Number, row.WebhookUrl) : null;
    }
}
