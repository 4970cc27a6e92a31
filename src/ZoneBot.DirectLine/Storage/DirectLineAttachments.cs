using Dapper;
using ZoneBot.Data;

namespace ZoneBot.DirectLine.Storage;

/// <summary>
/// Files uploaded through Direct Line, kept in the database so that every bot instance can serve them and a
/// ticket's photo references stay valid. A file's id is random and long: knowing it is what lets one read it.
/// </summary>
public sealed class DirectLineAttachments(Database database, TimeProvider time)
{
    public async Task StoreAsync(StoredAttachment attachment, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        const string sql = """
            INSERT INTO direct_line_attachments (id, conversation_id, name, content_type, content, created_at)
            VALUES (@Id, @ConversationId, @Name, @ContentType, @Content, @createdAt)
            """;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            attachment.Id,
            attachment.ConversationId,
            attachment.Name,
            attachment.ContentType,
            attachment.Content,
            createdAt = time.GetUtcNow(),
        }, cancellationToken: ct));
    }

    public async Task<StoredAttachment?> FindAsync(string id, CancellationToken ct = default)
    {
        const string sql = """
            SELECT id AS Id, conversation_id AS ConversationId, name AS Name, content_type AS ContentType, content AS Content
            FROM direct_line_attachments
            WHERE id = @id
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<StoredAttachment>(new CommandDefinition(sql, new { id }, cancellationToken: ct));
    }
}
