using System.Text.Json;
using Dapper;

namespace ZoneBot.Data.WeCom;

/// <summary>
/// The choices of the bot's last message in each WeCom conversation. WeCom's text messages have no buttons, so
/// the choices are numbered lines; they are kept here (not in memory) so that a number typed back after a restart,
/// or to another instance, still picks the right one.
/// </summary>
public sealed class WeComOfferedActions(Database database, TimeProvider time)
{
    /// <summary>Replaces the conversation's choices; an empty list clears them (a plain message offers nothing to pick).</summary>
    public async Task SaveAsync(string conversationId, IReadOnlyList<OfferedAction> actions, CancellationToken ct = default)
    {
        const string sql = """
            INSERT INTO wecom_offered_actions (conversation_id, actions, offered_at)
            VALUES (@conversationId, @actions, @offeredAt)
            ON CONFLICT (conversation_id) DO UPDATE SET actions = excluded.actions, offered_at = excluded.offered_at
            """;
        // Through the one writer (SQLite): a reply's choices do not take the write lock beside the turns' commits.
        await database.ExecuteWriteAsync(sql, new { conversationId, actions = JsonSerializer.Serialize(actions), offeredAt = time.GetUtcNow() }, ct);
    }

    public async Task<IReadOnlyList<OfferedAction>> FindAsync(string conversationId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT actions FROM wecom_offered_actions WHERE conversation_id = @conversationId
            """;
        await using var connection = await database.OpenAsync(ct);
        var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, new { conversationId }, cancellationToken: ct));
        return json is null ? [] : JsonSerializer.Deserialize<List<OfferedAction>>(json) ?? [];
    }
}
