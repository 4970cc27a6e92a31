using Dapper;

namespace ZoneBot.Data.Verification;

/// <summary>
/// Whether a chat user proved they belong to a firm: only then may they read and act on all its tickets.
/// Anyone may file for a firm, and the filer may always follow their own tickets.
/// </summary>
public sealed class FirmMembership(Database database)
{
    public async Task<bool> IsMemberAsync(string channelId, string userId, long firmId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT COUNT(*) FROM firm_users
            WHERE channel_id = @channelId AND user_id = @userId AND firm_id = @firmId AND verified_at IS NOT NULL
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, new { channelId, userId, firmId }, cancellationToken: ct)) > 0;
    }

    /// <summary>How many of the firm's tickets this chat user filed themselves.</summary>
    public async Task<int> OwnTicketCountAsync(string channelId, string userId, long firmId, CancellationToken ct = default)
    {
        const string sql = "SELECT COUNT(*) FROM tickets WHERE firm_id = @firmId AND channel_id = @channelId AND user_id = @userId";
        await using var connection = await database.OpenAsync(ct);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, new { channelId, userId, firmId }, cancellationToken: ct));
    }
}
