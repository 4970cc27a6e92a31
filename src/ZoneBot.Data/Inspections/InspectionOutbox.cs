using System.Data.Common;
using Dapper;

namespace ZoneBot.Data;

/// <summary>Queues an inspection's outbox rows in the caller's transaction: for an officer, or for a firm's chat user.</summary>
internal static class InspectionOutbox
{
    public static Task ToOfficerAsync(
        DbConnection connection, DbTransaction transaction, string kind, long officerId, InspectionAlert alert, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO outbox (kind, recipient_officer_id, payload, status, attempts, next_attempt_at, created_at)
            VALUES (@kind, @officerId, @payload, 'pending', 0, @now, @now)
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new { kind, officerId, payload = alert.ToJson(), now }, transaction, cancellationToken: ct));
    }

    /// <summary>One row for each verified member of the firm (firm_users with verified_at): they, and only they, hear of its inspections.</summary>
    public static async Task<int> ToFirmMembersAsync(
        DbConnection connection, DbTransaction transaction, string kind, InspectionAlert alert, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO outbox (kind, recipient_channel_id, recipient_user_id, payload, status, attempts, next_attempt_at, created_at)
            SELECT @kind, channel_id, user_id, @payload, 'pending', 0, @now, @now
            FROM firm_users
            WHERE firm_id = @firmId AND verified_at IS NOT NULL
            """;
        return await connection.ExecuteAsync(new CommandDefinition(
            sql, new { kind, firmId = alert.FirmId, payload = alert.ToJson(), now }, transaction, cancellationToken: ct));
    }
}
