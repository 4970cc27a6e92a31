using Microsoft.Bot.Builder;

namespace ZoneBot.Dialogs.Firms;

/// <summary>Who is typing: a user is identified by the channel and the channel's user id.</summary>
public readonly record struct ChatUser(string ChannelId, string UserId)
{
    public static ChatUser Of(ITurnContext turn) =>
        new(turn.Activity.ChannelId ?? string.Empty, turn.Activity.From?.Id ?? string.Empty);
}
