using Dapper;

namespace ZoneBot.Data.Firms;

/// <summary>
/// Which firm a chat user speaks for: asked once, remembered per channel and user. Naming a firm is not
/// proof of belonging to it (see <see cref="FirmMembership"/>): linking to another firm drops a verification.
/// </summary>
public sealed class FirmUserLinks(Database database, TimeProvider time)
{
    public async Task<long?> FindFirmIdAsync(string channelId, string userId, CancellationToken ct = default)
    {
        const string sql = "SELECT firm_id FROM firm_users WHERE channel_id = @channelId AND user_id = @userId";
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(sql, new { channelId, userId }, cancellationToken: ct));
    }

    public async Task LinkAsync(string channelId, string userId, long firmId, CancellationToken ct = default)
    {
        const string sql = """
            INSERT INTO firm_users (channel_id, user_id, firm_id, linked_at)
            VALUES (@channelId, @userId, @firmId, @linkedAt)
            ON CONFLICT (channel_id, user_id) DO UPDATE
            SET verified_at = CASE WHEN firm_users.firm_id = excluded.firm_id THEN firm_users.verified_at END,
                verified_by = CASE WHEN firm_users.firm_id = excluded.firm_id THEN firm_users.verified_by END,
                firm_id = excluded.firm_id, linked_at = excluded.linked_at
            """;
        // Through the writer, committed before the turn goes on: a turn does not take SQLite's write lock beside it.
        await database.ExecuteWriteAsync(sql, new { channelId, userId, firmId, linkedAt = time.GetUtcNow() }, ct);
    }

    /// <returns>true when there was a link to remove.</returns>
    public async Task<bool> UnlinkAsync(string channelId, string userId, CancellationToken ct = default)
    {
        const string sql = "DELETE FROM firm_users WHERE channel_id = @channelId AND user_id = @userId";
        return await database.ExecuteWriteAsync(sql, new { channelId, userId }, ct) > 0;
    }
}
