using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Data;

namespace ZoneBot.Host.DirectLine;

/// <summary>
/// What the bot sends into a conversation of ZoneBot's own Direct Line (replies, and proactive messages through
/// ContinueConversationAsync) goes into that conversation's activity log, where the client reads it. The adapter
/// asks here first; a conversation that is not ours (Azure's Direct Line also says "directline") goes on as usual.
/// </summary>
public sealed class DirectLineDelivery(DirectLineActivities log)
{
    /// <returns>The ids of what was logged; null when the conversation is not one of ours.</returns>
    public async Task<ResourceResponse[]?> TrySendAsync(ITurnContext turnContext, Activity[] activities, CancellationToken ct)
    {
        if (turnContext.Activity.ChannelId != DirectLineChannel.Id || turnContext.Activity.Conversation?.Id is not { } conversationId)
        {
            return null;
        }
        var responses = new ResourceResponse[activities.Length];
        var loggedAny = false;
        for (var index = 0; index < activities.Length; index++)
        {
            var activity = activities[index];
            // Pauses and traces are for the Emulator; an invoke response is not a message.
            if (activity.Type is ActivityTypes.Delay or ActivityTypes.Trace or "invokeResponse")
            {
                responses[index] = new ResourceResponse(string.Empty);
                continue;
            }
            activity.ChannelId = DirectLineChannel.Id;
            var logged = await log.AppendAsync(conversationId, null, (id, now) =>
            {
                activity.Id = id;
                activity.Timestamp = now;
                return ActivityJson.Serialize(activity);
            }, ct);
            if (logged is null)
            {
                return loggedAny ? throw new InvalidOperationException($"Direct Line conversation {conversationId} disappeared while sending.") : null;
            }
            loggedAny = true;
            responses[index] = new ResourceResponse(logged.ActivityId);
        }
        return responses;
    }
}
