using System.Data.Common;
using Dapper;

namespace ZoneBot.Data.Handover;

/// <summary>Queues a relay's outbox rows in the caller's transaction, for an officer or for a firm's chat user.</summary>
internal static class RelayOutbox
{
    public static Task ToOfficerAsync(
        DbConnection connection, DbTransaction transaction, string kind, long officerId, RelayAlert alert, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO outbox (kind, recipient_officer_id, payload, status, attempts, next_attempt_at, created_at)
            VALUES (@kind, @officerId, @payload, 'pending', 0, @now, @now)
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new { kind, officerId, payload = alert.ToJson(), now }, transaction, cancellationToken: ct));
    }

    public static Task ToUserAsync(
        DbConnection connection, DbTransaction transaction, string kind, string channelId, string userId, RelayAlert alert, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO outbox (kind, recipient_channel_id, recipient_user_id, payload, status, attempts, next_attempt_at, created_at)
            VALUES (@kind, @channelId, @userId, @payload, 'pending', 0, @now, @now)
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new { kind, channelId, userId, payload = alert.ToJson(), now }, transaction, cancellationToken: ct));
    }
}
