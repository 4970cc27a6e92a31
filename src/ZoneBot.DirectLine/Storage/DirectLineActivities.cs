using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Bot.Schema;
using ZoneBot.Data;
using ZoneBot.DirectLine.Endpoints;

namespace ZoneBot.DirectLine.Storage;

/// <summary>
/// The activities of each Direct Line conversation, both ways, in the order the clients read them. The order is the
/// database's, so it holds across instances: an append takes its numbers from the conversation's counter row in the
/// same transaction as the insert, the row stays locked until the commit, and (conversation, number) is the primary
/// key. Activities thus become visible in number order, a reader that has seen number n (its watermark) never misses
/// one below n, and the replies of one call get consecutive numbers, never interleaved with another turn's.
/// </summary>
public sealed class DirectLineActivities(Database database, TimeProvider time)
{
    /// <summary>At most this many activities are returned by one read; the client reads again from the new watermark.</summary>
    public const int PageSize = 200;

    private const string TakeNumbers = """
        UPDATE direct_line_conversations SET last_sequence = last_sequence + @count, last_active_at = @now
        WHERE id = @conversationId
        RETURNING last_sequence
        """;

    // A client's message sent again (same clientActivityID) is not inserted twice, whichever instance took it first.
    private const string Insert = """
        INSERT INTO direct_line_activities (conversation_id, sequence, activity_id, client_activity_id, activity, created_at)
        VALUES (@conversationId, @sequence, @activityId, @clientActivityId, @json, @createdAt)
        ON CONFLICT (conversation_id, client_activity_id) WHERE client_activity_id IS NOT NULL DO NOTHING
        """;

    /// <summary>
    /// Logs what a client sent. Its id is the conversation's id and its number ("abc|0000012"), known only here, so
    /// <paramref name="render"/> makes the JSON from the id and the time it was logged.
    /// </summary>
    /// <returns>
    /// What was logged, or what was logged before under the same <paramref name="clientActivityId"/> (a repeat, which
    /// takes no number); null when the conversation is not one of ours.
    /// </returns>
    public async Task<ClientActivity?> AppendFromClientAsync(
        string conversationId, string? clientActivityId, Func<string, DateTimeOffset, string> render, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(render);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        if (await TakeNumbersAsync(connection, transaction, conversationId, 1, now, ct) is not { } sequence)
        {
            return null;
        }
        var activityId = IdOf(conversationId, sequence);
        var json = render(activityId, now);
        if (await InsertAsync(connection, transaction, conversationId, sequence, activityId, clientActivityId, json, now, ct) == 0)
        {
            await transaction.RollbackAsync(ct);
            var earlier = await FindByClientActivityIdAsync(connection, conversationId, clientActivityId!, ct);
            return new ClientActivity(earlier, IsRepeat: true);
        }
        await transaction.CommitAsync(ct);
        return new ClientActivity(new LoggedActivity(sequence, activityId, json), IsRepeat: false);
    }

    /// <summary>
    /// Logs what the bot sends in one turn (or one proactive message), in one transaction of its own: the activities
    /// get their ids (conversation and number), the time and the channel, and consecutive numbers.
    /// </summary>
    /// <returns>What was logged, in order; null when the conversation is not one of ours.</returns>
    public async Task<IReadOnlyList<LoggedActivity>?> AppendRepliesAsync(
        string conversationId, IReadOnlyList<Activity> replies, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(replies);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var logged = await AppendRepliesAsync(connection, transaction, conversationId, replies, ct);
        await transaction.CommitAsync(ct);
        return logged;
    }

    /// <summary>The same, inside a transaction the caller owns (and commits), as part of a larger write.</summary>
    public async Task<IReadOnlyList<LoggedActivity>?> AppendRepliesAsync(
        DbConnection connection, DbTransaction transaction, string conversationId, IReadOnlyList<Activity> replies, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count == 0)
        {
            return [];
        }
        var now = time.GetUtcNow();
        if (await TakeNumbersAsync(connection, transaction, conversationId, replies.Count, now, ct) is not { } last)
        {
            return null;
        }
        var logged = new List<LoggedActivity>(replies.Count);
        var sequence = last - replies.Count;
        foreach (var reply in replies)
        {
            sequence++;
            reply.Id = IdOf(conversationId, sequence);
            reply.Timestamp = now;
            reply.ChannelId = DirectLineChannel.Id;
            var json = ActivityJson.Serialize(reply);
            await InsertAsync(connection, transaction, conversationId, sequence, reply.Id, null, json, now, ct);
            logged.Add(new LoggedActivity(sequence, reply.Id, json));
        }
        return logged;
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

    /// <returns>The last of <paramref name="count"/> new numbers, the counter row locked until the commit; null without the conversation.</returns>
    private static Task<long?> TakeNumbersAsync(
        DbConnection connection, DbTransaction transaction, string conversationId, int count, DateTimeOffset now, CancellationToken ct) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition(TakeNumbers, new { conversationId, count, now }, transaction, cancellationToken: ct));

    private static Task<int> InsertAsync(
        DbConnection connection, DbTransaction transaction, string conversationId, long sequence, string activityId, string? clientActivityId,
        string json, DateTimeOffset createdAt, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            conversationId,
            sequence,
            activityId,
            clientActivityId,
            json,
            createdAt,
        }, transaction, cancellationToken: ct));

    private static async Task<LoggedActivity> FindByClientActivityIdAsync(
        DbConnection connection, string conversationId, string clientActivityId, CancellationToken ct)
    {
        const string sql = """
            SELECT sequence AS Sequence, activity_id AS ActivityId, activity AS Json
            FROM direct_line_activities
            WHERE conversation_id = @conversationId AND client_activity_id = @clientActivityId
            """;
        return await connection.QuerySingleAsync<LoggedActivity>(new CommandDefinition(sql, new { conversationId, clientActivityId }, cancellationToken: ct));
    }

    private static string IdOf(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");
}
