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
    public async Task<Officer?> RefreshAsync(string channelId, string userId, string reference, CancellationToken ct = default)
    {
        const string selectOfficer = OfficerRows.Select + " WHERE channel_id = @channelId AND channel_user_id = @userId";
        // The stored references and the officer in one round trip: this runs on every message.
        const string selectReferencesAndOfficer = """
            SELECT (SELECT conversation_reference FROM officers WHERE channel_id = @channelId AND channel_user_id = @userId) AS OfficerReference,
                   (SELECT reference FROM chat_references WHERE channel_id = @channelId AND user_id = @userId) AS UserReference;
            """ + selectOfficer;
        const string updateOfficer = """
            UPDATE officers SET conversation_reference = @reference WHERE channel_id = @channelId AND channel_user_id = @userId
            """;
        const string updateUser = """
            UPDATE chat_references SET reference = @reference, updated_at = @now WHERE channel_id = @channelId AND user_id = @userId
            """;

        await using var connection = await database.OpenAsync(ct);
        var parameters = new { channelId, userId, reference, now = time.GetUtcNow() };
        StoredReferences stored;
        OfficerRows.Row? officer;
        using (var results = await connection.QueryMultipleAsync(new CommandDefinition(selectReferencesAndOfficer, parameters, cancellationToken: ct)))
        {
            stored = await results.ReadSingleAsync<StoredReferences>();
            officer = await results.ReadSingleOrDefaultAsync<OfficerRows.Row>();
        }
        // Saved with the turn: a message does not take SQLite's write lock of its own for a moved chat.
        if (stored.OfficerReference is not null && stored.OfficerReference != reference)
        {
            await TurnWrites.WriteWithTurnAsync(database, updateOfficer, parameters, ct);
        }
        if (stored.UserReference is not null && stored.UserReference != reference)
        {
            await TurnWrites.WriteWithTurnAsync(database, updateUser, parameters, ct);
        }
        return officer?.ToOfficer();
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

    private sealed class StoredReferences
    {
        public string? OfficerReference { get; set; }
        public string? UserReference { get; set; }
    }
}
