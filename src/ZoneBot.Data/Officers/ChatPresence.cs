using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Turns;

namespace ZoneBot.Data.Officers;

/// <summary>
/// Where proactive messages reach a chat user: the conversation reference (JSON) of a bound officer, kept
/// on the officer, and of a firm user who filed a ticket, kept in chat_references. Saved when they bind
/// or file and refreshed by their later messages, so alerts go where they talk now, across restarts.
/// </summary>
public sealed class ChatPresence(Database database, TimeProvider time)
{
    /// <summary>
    /// On each message: the officer this chat user is (null for anyone else), with the stored references
    /// brought up to date. Writes only what changed, so most turns only read.
    /// </summary>
    public async Task<Officer?> RefreshAsync(string channelId, string userId, string reference, CancellationToken ct = default) =>
        await RefreshAsync(await TurnSender.ReadAsync(database, new TurnSenderKey(channelId, userId), ct), reference, ct);

    /// <summary>
    /// The same for a message whose turn read who is talking already (<see cref="TurnCommits"/>): no read of its own.
    /// </summary>
    public async Task<Officer?> RefreshAsync(TurnSender sender, string reference, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sender);
        const string updateOfficer = """
            UPDATE officers SET conversation_reference = @reference WHERE channel_id = @channelId AND channel_user_id = @userId
            """;
        const string updateUser = """
            UPDATE chat_references SET reference = @reference, updated_at = @now WHERE channel_id = @channelId AND user_id = @userId
            """;
        var parameters = new { channelId = sender.Key.ChannelId, userId = sender.Key.UserId, reference, now = time.GetUtcNow() };
        // Saved with the turn: a message does not take SQLite's write lock of its own for a moved chat.
        if (sender.OfficerReference is not null && sender.OfficerReference != reference)
        {
            await TurnWrites.WriteWithTurnAsync(database, updateOfficer, parameters, ct);
        }
        if (sender.UserReference is not null && sender.UserReference != reference)
        {
            await TurnWrites.WriteWithTurnAsync(database, updateUser, parameters, ct);
        }
        return sender.Officer;
    }

    /// <summary>Keeps where a firm's user can be told about their ticket; done when they file, saved with that turn.</summary>
    public async Task SaveAsync(string channelId, string userId, string reference, CancellationToken ct = default)
    {
        const string sql = """
            INSERT INTO chat_references (channel_id, user_id, reference, updated_at)
            VALUES (@channelId, @userId, @reference, @now)
            ON CONFLICT (channel_id, user_id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at
            """;
        await TurnWrites.WriteWithTurnAsync(database, sql, new { channelId, userId, reference, now = time.GetUtcNow() }, ct);
    }

    /// <summary>The officer this chat user bound as; null when they are none.</summary>
    public async Task<Officer?> OfficerAsync(string channelId, string userId, CancellationToken ct = default)
    {
        const string sql = OfficerRows.Select + " WHERE channel_id = @channelId AND channel_user_id = @userId";
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<OfficerRows.Row>(new CommandDefinition(sql, new { channelId, userId }, cancellationToken: ct));
        return row?.ToOfficer();
    }
}
