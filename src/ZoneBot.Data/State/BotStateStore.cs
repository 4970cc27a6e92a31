using System.Data.Common;
using Dapper;

namespace ZoneBot.Data.State;

/// <summary>
/// The bot's conversation and user state as rows of bot_state: JSON text under a key, with an eTag that
/// changes at every write so that a writer holding an old one can be refused (optimistic concurrency).
/// Strings only: what the JSON holds and how it is made is the Bot Framework side's business.
/// </summary>
public sealed class BotStateStore(Database database, TimeProvider time)
{
    /// <summary>The rows of the keys that exist; unknown keys are simply absent.</summary>
    public async Task<IReadOnlyList<StoredState>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        // One key at a time: Dapper expands IN @keys into a list for SQLite but passes an array to
        // PostgreSQL, which then needs = ANY(@keys); and the Bot Framework reads one or two keys a turn.
        const string sql = "SELECT key AS Key, etag AS ETag, data AS Data FROM bot_state WHERE key = @key";
        var rows = new List<StoredState>(keys.Count);
        if (keys.Count == 0)
        {
            return rows;
        }
        await using var connection = await database.OpenAsync(ct);
        foreach (var key in keys.Distinct())
        {
            if (await connection.QuerySingleOrDefaultAsync<StoredState>(new CommandDefinition(sql, new { key }, cancellationToken: ct)) is { } row)
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>Writes the row whatever its eTag (a write with eTag * or none).</summary>
    /// <returns>The row's new eTag.</returns>
    public async Task<string> WriteAsync(string key, string data, CancellationToken ct = default)
    {
        const string sql = """
            INSERT INTO bot_state (key, etag, data, updated_at)
            VALUES (@key, @etag, @data, @updatedAt)
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, data = excluded.data, updated_at = excluded.updated_at
            """;
        var etag = NewETag();
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { key, etag, data, updatedAt = time.GetUtcNow() }, cancellationToken: ct));
        return etag;
    }

    /// <summary>
    /// Writes the row only if its eTag is still <paramref name="expectedETag"/>, or if there is no row
    /// (it was deleted since it was read). One statement, so two writers racing cannot both win.
    /// </summary>
    /// <returns>The row's new eTag; null when the row holds another eTag (someone wrote in between).</returns>
    public async Task<string?> WriteIfUnchangedAsync(string key, string data, string expectedETag, CancellationToken ct = default)
    {
        const string sql = """
            INSERT INTO bot_state (key, etag, data, updated_at)
            VALUES (@key, @etag, @data, @updatedAt)
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, data = excluded.data, updated_at = excluded.updated_at
            WHERE bot_state.etag = @expectedETag
            """;
        var etag = NewETag();
        await using var connection = await database.OpenAsync(ct);
        var written = await connection.ExecuteAsync(new CommandDefinition(
            sql, new { key, etag, data, updatedAt = time.GetUtcNow(), expectedETag }, cancellationToken: ct));
        return written == 1 ? etag : null;
    }

    /// <summary>
    /// The write of a row inside a turn's transaction (<see cref="TurnWrites"/>): whatever its eTag when
    /// <paramref name="expectedETag"/> is null, else only if the row still has that eTag (or is gone).
    /// </summary>
    /// <returns>false when the row holds another eTag (someone wrote since it was read): nothing was written.</returns>
    public static async Task<bool> WriteInAsync(
        DbConnection connection, DbTransaction transaction, StoredState row, string? expectedETag, DateTimeOffset now, CancellationToken ct)
    {
        const string upsert = """
            INSERT INTO bot_state (key, etag, data, updated_at)
            VALUES (@Key, @ETag, @Data, @updatedAt)
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, data = excluded.data, updated_at = excluded.updated_at
            """;
        const string upsertIfUnchanged = upsert + " WHERE bot_state.etag = @expectedETag";
        var written = await connection.ExecuteAsync(new CommandDefinition(
            expectedETag is null ? upsert : upsertIfUnchanged,
            new { row.Key, row.ETag, row.Data, updatedAt = now, expectedETag }, transaction, cancellationToken: ct));
        return written == 1;
    }

    /// <summary>The delete of a row inside a turn's transaction.</summary>
    public static Task DeleteInAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken ct)
    {
        const string sql = "DELETE FROM bot_state WHERE key = @key";
        return connection.ExecuteAsync(new CommandDefinition(sql, new { key }, transaction, cancellationToken: ct));
    }

    /// <summary>A new eTag, for a row to be written.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N");

    /// <summary>Deletes the rows of the keys; unknown keys are ignored.</summary>
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        const string sql = "DELETE FROM bot_state WHERE key = @key";
        if (keys.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(ct);
        // Given a list, Dapper runs the statement once per key (see ReadAsync for why not IN @keys).
        await connection.ExecuteAsync(new CommandDefinition(sql, keys.Select(key => new { key }).ToList(), cancellationToken: ct));
    }

    /// <summary>Deletes the state nobody has written since <paramref name="cutoff"/>: abandoned conversations.</summary>
    /// <returns>How many rows went.</returns>
    public async Task<int> PurgeIdleAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        const string sql = "DELETE FROM bot_state WHERE updated_at < @cutoff";
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { cutoff }, cancellationToken: ct));
    }
}
