using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ZoneBot.Bot.Alerts;

/// <summary>
/// A proactive message through the Bot Framework adapter: it continues the stored conversation
/// (<c>ContinueConversationAsync</c>) and sends the alert there. With CloudAdapter the bot's app id
/// may be empty (local use); the reference must carry the channel's serviceUrl. An alert is a new
/// message in the conversation, not a reply to the made-up activity of the continuation, so it is sent
/// without a replyToId (POST /v3/conversations/{id}/activities).
/// </summary>
public sealed class BotAlertChannel(BotAdapter adapter, string botAppId) : IAlertChannel
{
    public Task SendAsync(ConversationReference reference, IMessageActivity message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrEmpty(reference.Conversation?.Id))
        {
            throw new InvalidOperationException("The conversation reference has no conversation.");
        }
        return adapter.ContinueConversationAsync(botAppId, reference, async (turn, token) =>
        {
            turn.OnSendActivities(async (_, activities, next) =>
            {
                foreach (var activity in activities)
                {
                    activity.ReplyToId = null;
                }
                return await next();
            });
            await turn.SendActivityAsync(message, token);
        }, ct);
    }
}
