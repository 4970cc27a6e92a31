using Dapper;
using ZoneBot.Data;

namespace ZoneBot.DirectLine.Storage;

/// <summary>
/// Forgets old Direct Line data: what was said in a conversation idle past a cutoff (its activities hold names and
/// phone numbers people typed), its uploaded files unless a ticket keeps them as photos, and the conversation itself
/// once nothing refers to it; and conversations whose token was issued but never used (each token request without
/// the page's cookie makes one).
/// </summary>
public sealed class DirectLinePurge(Database database)
{
    private const string StaleConversations = """
        SELECT id FROM direct_line_conversations
        WHERE COALESCE(last_active_at, created_at) < @idleCutoff
           OR (started_at IS NULL AND created_at < @unstartedCutoff)
        """;

    private const string DeleteActivities = "DELETE FROM direct_line_activities WHERE conversation_id = @id";

    // A ticket's photo is the ticket's record (the closed loop shows it): it stays as long as the ticket.
    private const string DeleteAttachments = """
        DELETE FROM direct_line_attachments
        WHERE conversation_id = @id
          AND NOT EXISTS (SELECT 1 FROM ticket_attachments AS t WHERE t.url LIKE '%/attachments/' || direct_line_attachments.id)
        """;

    private const string DeleteConversation = """
        DELETE FROM direct_line_conversations
        WHERE id = @id AND NOT EXISTS (SELECT 1 FROM direct_line_attachments AS a WHERE a.conversation_id = direct_line_conversations.id)
        """;

    /// <summary>Purges conversations idle since before <paramref name="idleCutoff"/>, and those never started since before <paramref name="unstartedCutoff"/>.</summary>
    /// <returns>How many conversations were emptied or removed.</returns>
    public async Task<int> PurgeAsync(DateTimeOffset idleCutoff, DateTimeOffset unstartedCutoff, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var stale = (await connection.QueryAsync<string>(new CommandDefinition(StaleConversations, new { idleCutoff, unstartedCutoff }, cancellationToken: ct))).ToList();
        foreach (var id in stale)
        {
            // One conversation per transaction: a long purge never holds SQLite's write lock for long.
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition(DeleteActivities, new { id }, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(DeleteAttachments, new { id }, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(DeleteConversation, new { id }, transaction, cancellationToken: ct));
            await transaction.CommitAsync(ct);
        }
        return stale.Count;
    }
}
