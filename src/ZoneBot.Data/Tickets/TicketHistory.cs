using System.Data.Common;
using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>Writes a ticket's history and attachments, inside the caller's transaction; which notes are internal is the domain's rule.</summary>
internal static class TicketHistory
{
    public static Task AppendAsync(
        DbConnection connection, DbTransaction transaction, long ticketId, TicketStage stage, TicketEventKind kind,
        string actor, string? note, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO ticket_events (ticket_id, stage, kind, actor, note, created_at, is_internal)
            VALUES (@ticketId, @stage, @kind, @actor, @note, @at, @isInternal)
            """;
        var isInternal = TicketEvent.IsInternalNote(kind, stage);
        return connection.ExecuteAsync(new CommandDefinition(
            sql, new { ticketId, stage = stage.Code, kind = kind.Code, actor, note, at, isInternal }, transaction, cancellationToken: ct));
    }

    /// <summary>An event a firm's chat user caused: their name as they gave it, and who they are on their channel.</summary>
    public static Task AppendByAsync(
        DbConnection connection, DbTransaction transaction, long ticketId, TicketStage stage, TicketEventKind kind,
        FirmActor actor, string? note, DateTimeOffset at, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO ticket_events (ticket_id, stage, kind, actor, note, created_at, actor_channel_id, actor_user_id)
            VALUES (@ticketId, @stage, @kind, @actor, @note, @at, @channelId, @userId)
            """;
        return connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            ticketId, stage = stage.Code, kind = kind.Code, actor = actor.Name.Trim(), note, at, channelId = actor.ChannelId, userId = actor.UserId,
        }, transaction, cancellationToken: ct));
    }

    public static async Task AttachAsync(
        DbConnection connection, DbTransaction transaction, long ticketId, IReadOnlyList<NewTicketAttachment> attachments, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO ticket_attachments (ticket_id, name, content_type, url)
            VALUES (@ticketId, @Name, @ContentType, @Url)
            """;
        if (attachments.Count == 0)
        {
            return;
        }

        var rows = attachments.Select(a => new { ticketId, a.Name, a.ContentType, a.Url }).ToList();
        await connection.ExecuteAsync(new CommandDefinition(sql, rows, transaction, cancellationToken: ct));
    }
}
