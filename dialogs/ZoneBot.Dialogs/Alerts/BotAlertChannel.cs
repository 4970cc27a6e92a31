using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ZoneBot.Dialogs.Alerts;

/// <summary>
/// A proactive message through the Bot Framework adapter: it continues the stored conversation
/// (<c>ContinueConversationAsync</c>) and sends the alert there. With CloudAdapter the bot's app id
/// may be empty (local use); the reference must carry the channel's serviceUrl.
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
        return adapter.ContinueConversationAsync(botAppId, reference, (turn, token) => turn.SendActivityAsync(message, token), ct);
    }
}
