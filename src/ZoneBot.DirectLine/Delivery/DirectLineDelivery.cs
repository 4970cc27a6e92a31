using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.DirectLine.Storage;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace ZoneBot.DirectLine.Delivery;

/// <summary>
/// The way out of a conversation of ZoneBot's own Direct Line: whatever the bot sends in its turns (replies, the error
/// handler's apology, proactive messages through ContinueConversationAsync) goes into the conversation's activity log,
/// where the client reads it, and nowhere else (the send is not passed on to a channel service). A conversation that
/// is not one of ours (Azure's Direct Line also says "directline") goes on as usual. The host's adapter runs this as
/// one of its registered middleware.
/// </summary>
public sealed class DirectLineDelivery(DirectLineConversations conversations, DirectLineActivities log) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.ChannelId != DirectLineChannel.Id
            || activity.Conversation?.Id is not { Length: > 0 } conversationId
            || await conversations.FindAsync(conversationId, cancellationToken) is null)
        {
            await next(cancellationToken);
            return;
        }
        var replies = new TurnReplies(log, conversationId);
        turnContext.OnSendActivities((_, activities, _) => replies.SendAsync(activities));
        try
        {
            await next(cancellationToken);
        }
        catch
        {
            // A failed turn saved no state, so what it said would describe a step that did not happen: the client gets
            // the error handler's apology alone (sent after this, and written at once).
            replies.Discard();
            throw;
        }
        await replies.FlushAsync();
    }
}
