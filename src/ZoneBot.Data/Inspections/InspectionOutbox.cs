using System.Data.Common;
using Dapper;

namespace ZoneBot.Data.Inspections;

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

    /// <summary>
    /// One row for each verified member of the firm (firm_users with verified_at) the bot can reach (chat_references, kept
    /// when they verify or look at 我的整改): they, and only they, hear of its inspections; the others see them in 我的整改.
    /// </summary>
    public static async Task<int> ToFirmMembersAsync(
        DbConnection connection, DbTransaction transaction, string kind, InspectionAlert alert, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO outbox (kind, recipient_channel_id, recipient_user_id, payload, status, attempts, next_attempt_at, created_at)
            SELECT @kind, u.channel_id, u.user_id, @payload, 'pending', 0, @now, @now
            FROM firm_users AS u
            JOIN chat_references AS r ON r.channel_id = u.channel_id AND r.user_id = u.user_id
            WHERE u.firm_id = @firmId AND u.verified_at IS NOT NULL
            """;
        return await connection.ExecuteAsync(new CommandDefinition(
            sql, new { kind, firmId = alert.FirmId, payload = alert.ToJson(), now }, transaction, cancellationToken: ct));
    }
}
