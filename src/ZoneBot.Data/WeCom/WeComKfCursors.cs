using Dapper;

namespace ZoneBot.Data.WeCom;

/// <summary>
/// Where kf/sync_msg stopped for each customer-service account. The cursor moves only after the messages it
/// covers were taken, and only forward from the value read (compare-and-set), so two instances or a restart
/// neither skip a message nor take one twice.
/// </summary>
public sealed class WeComKfCursors(Database database, TimeProvider time)
{
    /// <returns>The cursor to pass to sync_msg; empty for an account never read.</returns>
    public async Task<string> FindAsync(string openKfId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT next_cursor FROM wecom_kf_cursors WHERE open_kfid = @openKfId
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, new { openKfId }, cancellationToken: ct)) ?? string.Empty;
    }

    /// <returns>false when another reader moved the cursor since <paramref name="expected"/> was read.</returns>
    public async Task<bool> TryAdvanceAsync(string openKfId, string expected, string next, CancellationToken ct = default)
    {
        const string insert = """
            INSERT INTO wecom_kf_cursors (open_kfid, next_cursor, updated_at)
            VALUES (@openKfId, @next, @now)
            ON CONFLICT (open_kfid) DO NOTHING
            """;
        const string update = """
            UPDATE wecom_kf_cursors SET next_cursor = @next, updated_at = @now
            WHERE open_kfid = @openKfId AND next_cursor = @expected
            """;
        await using var connection = await database.OpenAsync(ct);
        var now = time.GetUtcNow();
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            expected.Length == 0 ? insert : update, new { openKfId, expected, next, now }, cancellationToken: ct));
        return changed == 1;
    }
}
