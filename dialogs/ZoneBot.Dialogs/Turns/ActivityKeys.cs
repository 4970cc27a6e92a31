using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ZoneBot.Data.Turns;

namespace ZoneBot.Dialogs.Turns;

/// <summary>
/// Which delivery an activity is: its channel, conversation and id, where the id is Web Chat's
/// <c>channelData.clientActivityID</c> when given (a message sent again keeps it), else the activity's id. The duplicate
/// guard handles a message once per key, and a ticket remembers the key of the message that confirmed it.
/// </summary>
public static class ActivityKeys
{
    /// <summary>The activity's key; null when it has no id or no conversation.</summary>
    public static ActivityKey? Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var id = (activity.ChannelData as JObject)?["clientActivityID"]?.Value<string>() is { Length: > 0 } clientId ? "client:" + clientId : activity.Id;
        return string.IsNullOrEmpty(id) || activity.Conversation?.Id is not { } conversationId
            ? null
            : new ActivityKey(activity.ChannelId ?? string.Empty, conversationId, id);
    }
}
