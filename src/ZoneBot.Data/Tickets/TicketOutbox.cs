using System.Data.Common;
using Dapper;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// Queues an alert about a ticket in the caller's transaction: if the change rolls back, so does
/// its alert, and a committed change always has its alert waiting for the dispatcher. The row names its ticket, so
/// the dispatcher keeps a recipient's alerts about one ticket in order (see <see cref="Outbox"/>).
/// </summary>
internal static class TicketOutbox
{
    public static Task QueueAsync(
        DbConnection connection, DbTransaction transaction, string kind, long? recipientOfficerId, TicketAlert alert,
        DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO outbox (kind, recipient_officer_id, ticket_id, payload, status, attempts, next_attempt_at, created_at)
            VALUES (@kind, @recipientOfficerId, @ticketId, @payload, 'pending', 0, @now, @now)
            """;
        return connection.ExecuteAsync(new CommandDefinition(
            sql, new { kind, recipientOfficerId, ticketId = alert.TicketId, payload = alert.ToJson(), now }, transaction, cancellationToken: ct));
    }

    /// <summary>Queues an alert for a chat user who is not an officer: the firm's user who filed the ticket.</summary>
    public static Task QueueForUserAsync(
        DbConnection connection, DbTransaction transaction, string kind, string channelId, string userId, TicketAlert alert,
        DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO outbox (kind, recipient_channel_id, recipient_user_id, ticket_id, payload, status, attempts, next_attempt_at, created_at)
            VALUES (@kind, @channelId, @userId, @ticketId, @payload, 'pending', 0, @now, @now)
            """;
        return connection.ExecuteAsync(new CommandDefinition(
            sql, new { kind, channelId, userId, ticketId = alert.TicketId, payload = alert.ToJson(), now }, transaction, cancellationToken: ct));
    }
}
