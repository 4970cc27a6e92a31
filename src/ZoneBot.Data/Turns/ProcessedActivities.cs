using Dapper;

namespace ZoneBot.Data.Turns;

/// <summary>
/// The activities already handled, with what the bot answered, so that a channel's retry of the same
/// activity is answered again instead of being handled twice (a second ticket, a second sign-up).
/// A row is claimed before the turn runs (the primary key decides who wins when two deliveries race)
/// and completed with the answer when the turn succeeds; a failed turn releases it for the retry.
/// </summary>
public sealed class ProcessedActivities(Database database, TimeProvider time)
{
    /// <returns>true when this delivery is the first and should be handled.</returns>
    public async Task<bool> TryClaimAsync(string channelId, string conversationId, string activityId, CancellationToken ct = default)
    {
        const string sql = """
            INSERT INTO processed_activities (channel_id, conversation_id, activity_id, result, created_at)
            VALUES (@channelId, @conversationId, @activityId, NULL, @createdAt)
            ON CONFLICT (channel_id, conversation_id, activity_id) DO NOTHING
            """;
        await using var connection = await database.OpenAsync(ct);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            sql, new { channelId, conversationId, activityId, createdAt = time.GetUtcNow() }, cancellationToken: ct));
        return inserted == 1;
    }

    public async Task CompleteAsync(string channelId, string conversationId, string activityId, string result, CancellationToken ct = default)
    {
        const string sql = """
            UPDATE processed_activities SET result = @result
            WHERE channel_id = @channelId AND conversation_id = @conversationId AND activity_id = @activityId
            """;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { channelId, conversationId, activityId, result }, cancellationToken: ct));
    }

    /// <summary>The first delivery's answer; null while it is still being handled (or was released).</summary>
    public async Task<string?> FindResultAsync(string channelId, string conversationId, string activityId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT result FROM processed_activities
            WHERE channel_id = @channelId AND conversation_id = @conversationId AND activity_id = @activityId
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, new { channelId, conversationId, activityId }, cancellationToken: ct));
    }

    public async Task ReleaseAsync(string channelId, string conversationId, string activityId, CancellationToken ct = default)
    {
        const string sql = """
            DELETE FROM processed_activities
            WHERE channel_id = @channelId AND conversation_id = @conversationId AND activity_id = @activityId
            """;
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(sql, new { channelId, conversationId, activityId }, cancellationToken: ct));
    }

    /// <summary>
    /// Forgets the activities handled before <paramref name="cutoff"/>: channels retry within minutes,
    /// so after a few days a row only takes space.
    /// </summary>
    /// <returns>How many rows went.</returns>
    public async Task<int> PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        const string sql = "DELETE FROM processed_activities WHERE created_at < @cutoff";
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, new { cutoff }, cancellationToken: ct));
    }
}
