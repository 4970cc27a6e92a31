using Dapper;

namespace ZoneBot.Data;

/// <summary>
/// The activities of each Direct Line conversation, both ways, in the order the clients read them. Each gets
/// the next number of its conversation, taken in the same transaction as the insert: the counter row stays
/// locked until the commit, so activities become visible in number order and a reader that has seen number n
/// (its watermark) will never miss one below n.
/// </summary>
public sealed class DirectLineActivities(Database database, TimeProvider time)
{
    /// <summary>At most this many activities are returned by one read; the client reads again from the new watermark.</summary>
    public const int PageSize = 200;

    /// <summary>
    /// Appends an activity. Its id is the conversation's id and its number ("abc|0000012"), known only here, so
    /// <paramref name="render"/> makes the JSON from the id and the time it was logged.
    /// </summary>
    /// <returns>What was logged; null when the conversation is not one of ours.</returns>
    public async Task<LoggedActivity?> AppendAsync(
        string conversationId, string? clientActivityId, Func<string, DateTimeOffset, string> render, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        const string next = """
            UPDATE direct_line_conversations SET last_sequence = last_sequence + 1, last_active_at = @now
            WHERE id = @conversationId
            RETURNING last_sequence
            """;
        const string insert = """
            INSERT INTO direct_line_activities (conversation_id, sequence, activity_id, client_activity_id, activity, created_at)
            VALUES (@conversationId, @sequence, @activityId, @clientActivityId, @json, @createdAt)
            """;
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var sequence = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(next, new { conversationId, now }, transaction, cancellationToken: ct));
        if (sequence is null)
        {
            return null;
        }
        var activityId = IdOf(conversationId, sequence.Value);
        var json = render(activityId, now);
        await connection.ExecuteAsync(new CommandDefinition(insert, new
        {
            conversationId,
            sequence,
            activityId,
            clientActivityId,
            json,
            createdAt = now,
        }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return new LoggedActivity(sequence.Value, activityId, json);
    }

    /// <summary>The id the server gave a message the client sent before (Web Chat re-sends after a network error).</summary>
    public async Task<string?> FindIdByClientActivityIdAsync(string conversationId, string clientActivityId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT activity_id FROM direct_line_activities
            WHERE conversation_id = @conversationId AND client_activity_id = @clientActivityId
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, new { conversationId, clientActivityId }, cancellationToken: ct));
    }

    /// <summary>The activities after <paramref name="watermark"/> (0: from the start), oldest first, at most <see cref="PageSize"/>.</summary>
    public async Task<IReadOnlyList<LoggedActivity>> ListAfterAsync(string conversationId, long watermark, CancellationToken ct = default)
    {
        const string sql = """
            SELECT sequence AS Sequence, activity_id AS ActivityId, activity AS Json
            FROM direct_line_activities
            WHERE conversation_id = @conversationId AND sequence > @watermark
            ORDER BY sequence
            LIMIT @pageSize
            """;
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<LoggedActivity>(new CommandDefinition(
            sql, new { conversationId, watermark, pageSize = PageSize }, cancellationToken: ct));
        return [.. rows];
    }

    private static string IdOf(string conversationId, long sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");
}
