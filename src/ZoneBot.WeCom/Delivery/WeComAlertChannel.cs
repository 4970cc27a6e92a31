using Microsoft.Bot.Schema;
using ZoneBot.Data.WeCom;
using ZoneBot.Bot.Alerts;
using ZoneBot.WeCom.Api;

namespace ZoneBot.WeCom.Delivery;

/// <summary>
/// Alerts for a chat user bound in WeCom go straight out as app messages by their UserID; any other conversation
/// goes on through the host's channel. Sent here rather than through a proactive turn, so that a refusal (45009, a
/// network error) reaches the outbox as a failure and is retried, instead of ending in the turn's error handler.
/// </summary>
public sealed class WeComAlertChannel(IAlertChannel other, WeComApi api, WeComOfferedActions offered) : IAlertChannel
{
    public async Task SendAsync(ConversationReference reference, IMessageActivity message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.ChannelId != WeComChannel.Id)
        {
            await other.SendAsync(reference, message, ct);
            return;
        }
        var userId = reference.User?.Id is { Length: > 0 } id ? id : throw new InvalidOperationException("The WeCom conversation reference has no user.");
        var conversationId = reference.Conversation?.Id ?? throw new InvalidOperationException("The WeCom conversation reference has no conversation.");
        var (text, actions) = WeComText.Render(message);
        await offered.SaveAsync(conversationId, actions, ct);
        foreach (var piece in WeComText.Split(text))
        {
            await api.SendTextAsync(userId, piece, ct);
        }
    }
}
