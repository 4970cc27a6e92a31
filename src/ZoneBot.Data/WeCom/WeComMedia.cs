using Dapper;

namespace ZoneBot.Data.WeCom;

/// <summary>
/// Images WeCom users sent, kept in the database as Web Chat uploads are (WeCom's own media ids expire after
/// three days, a ticket's photo references must not). A file's id is random and long: knowing it is what lets one read it.
/// </summary>
public sealed class WeComMedia(Database database, TimeProvider time)
{
    public async Task StoreAsync(WeComMediaFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        const string sql = """
            INSERT INTO wecom_media (id, user_id, name, content_type, content, created_at)
            VALUES (@Id, @UserId, @Name, @ContentType, @Content, @createdAt)
            """;
        // Through the one writer (SQLite), as the turn that refers to the image is.
        await database.ExecuteWriteAsync(sql, new
        {
            file.Id,
            file.UserId,
            file.Name,
            file.ContentType,
            file.Content,
            createdAt = time.GetUtcNow(),
        }, ct);
    }

    public async Task<WeComMediaFile?> FindAsync(string id, CancellationToken ct = default)
    {
        const string sql = """
            SELECT id AS Id, user_id AS UserId, name AS Name, content_type AS ContentType, content AS Content
            FROM wecom_media
            WHERE id = @id
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<WeComMediaFile>(new CommandDefinition(sql, new { id }, cancellationToken: ct));
    }
}
