using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;
using ZoneBot.Data.WeCom;
using ZoneBot.WeCom.Api;

namespace ZoneBot.WeCom.Delivery;

/// <summary>
/// The way out of a WeCom conversation: whatever the bot sends in a turn of channel <c>wecom</c> (replies to a
/// callback, the error handler's apology, and proactive alerts through ContinueConversationAsync) goes to the
/// user as app messages through message/send, by their UserID; nothing goes to a Bot Framework channel service.
/// A failed send throws, so that the outbox retries an alert as for any channel.
/// </summary>
public sealed class WeComDelivery(WeComApi api, WeComOfferedActions offered) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId == WeComChannel.Id && activity.From?.Id is { Length: > 0 } userId && activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            turnContext.OnSendActivities((_, activities, _) => SendAsync(userId, conversationId, activities, cancellationToken));
        }
        await next(cancellationToken);
    }

    private async Task<ResourceResponse[]> SendAsync(string userId, string conversationId, List<Activity> activities, CancellationToken ct)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            // Typing, pauses and traces have no WeCom form; they are dropped.
            if (activity.Type != ActivityTypes.Message)
            {
                responses.Add(new ResourceResponse(string.Empty));
                continue;
            }
            var (text, actions) = WeComText.Render(activity);
            // The choices are saved before sending: a quick answer to them must find them.
            await offered.SaveAsync(conversationId, actions, ct);
            foreach (var piece in WeComText.Split(text))
            {
                await api.SendTextAsync(userId, piece, ct);
            }
            responses.Add(new ResourceResponse(Guid.NewGuid().ToString("N")));
        }
        return [.. responses];
    }
}
