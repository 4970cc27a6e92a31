using Dapper;

namespace ZoneBot.Data.WeCom;

/// <summary>
/// The WeCom callbacks already taken, by key (the MsgId of a message). WeCom delivers a callback again when it
/// got no answer in time; the primary key lets the first delivery win, so a replay changes nothing.
/// </summary>
public sealed class WeComReceivedMessages(Database database, TimeProvider time)
{
    /// <returns>true the first time a key is seen.</returns>
    public async Task<bool> TryRecordAsync(string messageKey, CancellationToken ct = default)
    {
        const string sql = """
            INSERT INTO wecom_received (message_key, received_at)
            VALUES (@messageKey, @receivedAt)
            ON CONFLICT (message_key) DO NOTHING
            """;
        // Through the writer: a callback does not take SQLite's write lock beside it (see Database.WriteAsync).
        return await database.ExecuteWriteAsync(sql, new { messageKey, receivedAt = time.GetUtcNow() }, ct) == 1;
    }

    /// <summary>Forgets keys older than <paramref name="cutoff"/>: WeCom retries within seconds, so old rows only take space.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        const string sql = """
            DELETE FROM wecom_received WHERE received_at < @cutoff
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { cutoff }, cancellationToken: ct));
    }
}
