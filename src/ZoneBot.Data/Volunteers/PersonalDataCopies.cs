using System.Data.Common;
using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Volunteers;

/// <summary>
/// The copies of a person's name and phone that outlive their volunteer record unless removed: what they typed and
/// what the bot answered, in the Direct Line's activity log (direct_line_activities) and in the replies kept to answer
/// a channel's retry (processed_activities). 删除我的信息 removes them with the record, in the same transaction.
/// The phone is masked wherever it appears (it identifies the person alone); the name, a few common characters, only
/// in this chat user's own conversations.
/// </summary>
internal static class PersonalDataCopies
{
    private const string RemovedName = "***";

    private const string MaskPhoneInActivities = """
        UPDATE direct_line_activities SET activity = REPLACE(activity, @phone, @masked)
        WHERE activity LIKE '%' || @phone || '%'
        """;

    private const string MaskPhoneInReplies = """
        UPDATE processed_activities SET result = REPLACE(result, @phone, @masked)
        WHERE result LIKE '%' || @phone || '%'
        """;

    private const string RemoveNameInDirectLine = """
        UPDATE direct_line_activities SET activity = REPLACE(activity, @name, @removed)
        WHERE conversation_id IN (SELECT id FROM direct_line_conversations WHERE user_id = @userId)
          AND activity LIKE '%' || @name || '%'
        """;

    private const string RemoveNameInReplies = """
        UPDATE processed_activities SET result = REPLACE(result, @name, @removed)
        WHERE channel_id = @channelId
          AND (conversation_id = @conversationId
               OR conversation_id IN (SELECT id FROM direct_line_conversations WHERE user_id = @userId AND @channelId = 'directline'))
          AND result LIKE '%' || @name || '%'
        """;

    public static async Task RemoveAsync(
        DbConnection connection, DbTransaction transaction, string name, string phone, string channelId, string userId, string? conversationId,
        CancellationToken ct)
    {
        var masked = PhoneMask.Mask(phone);
        await connection.ExecuteAsync(new CommandDefinition(MaskPhoneInActivities, new { phone, masked }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(MaskPhoneInReplies, new { phone, masked }, transaction, cancellationToken: ct));
        if (name.Length == 0)
        {
            return;
        }
        var removed = RemovedName;
        await connection.ExecuteAsync(new CommandDefinition(RemoveNameInDirectLine, new { name, removed, userId }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(
            RemoveNameInReplies, new { name, removed, channelId, userId, conversationId = conversationId ?? string.Empty }, transaction, cancellationToken: ct));
    }
}
