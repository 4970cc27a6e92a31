using Dapper;
using ZoneBot.Data;

namespace ZoneBot.DirectLine.Storage;

/// <summary>The conversations of ZoneBot's own Direct Line, each bound to the user the server chose for it.</summary>
public sealed class DirectLineConversations(Database database, TimeProvider time)
{
    public async Task CreateAsync(string conversationId, string userId, string? locale, CancellationToken ct = default)
    {
        const string sql = """
            INSERT INTO direct_line_conversations (id, user_id, locale, created_at, started_at, last_sequence, last_active_at)
            VALUES (@conversationId, @userId, @locale, @createdAt, NULL, 0, @createdAt)
            """;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            sql, new { conversationId, userId, locale, createdAt = time.GetUtcNow() }, cancellationToken: ct));
    }

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT id AS Id, user_id AS UserId, locale AS Locale, created_at AS CreatedAt, started_at AS StartedAt
            FROM direct_line_conversations
            WHERE id = @conversationId
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<DirectLineConversation>(
            new CommandDefinition(sql, new { conversationId }, cancellationToken: ct));
    }

    /// <summary>
    /// Marks the conversation started, once: true for the one caller that did it (who then tells the bot
    /// the user joined), false when it had started already. A locale given here replaces the stored one.
    /// </summary>
    public async Task<bool> TryStartAsync(string conversationId, string? locale, CancellationToken ct = default)
    {
        const string sql = """
            UPDATE direct_line_conversations
            SET started_at = @startedAt, locale = COALESCE(@locale, locale)
            WHERE id = @conversationId AND started_at IS NULL
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            sql, new { conversationId, locale, startedAt = time.GetUtcNow() }, cancellationToken: ct)) == 1;
    }
}
