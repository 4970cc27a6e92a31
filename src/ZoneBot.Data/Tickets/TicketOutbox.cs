using System.Data.Common;
using Dapper;

namespace ZoneBot.Data;

/// <summary>
/// Queues an alert about a ticket in the caller's transaction: if the change rolls back, so does
/// its alert, and a committed change always has its alert waiting for the dispatcher.
/// </summary>
internal static class TicketOutbox
{
    public static Task QueueAsync(
        DbConnection connection, DbTransaction transaction, string kind, long? recipientOfficerId, TicketAlert alert,
        DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO outbox (kind, recipient_officer_id, payload, status, attempts, next_attempt_at, created_at)
            VALUES (@kind, @recipientOfficerId, @payload, 'pending', 0, @now, @now)
            """;
        return connection.ExecuteAsync(new CommandDefinition(
            sql, new { kind, recipientOfficerId, payload = alert.ToJson(), now }, transaction, cancellationToken: ct));
    }
}
