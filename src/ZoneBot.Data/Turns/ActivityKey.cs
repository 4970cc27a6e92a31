
namespace ZoneBot.Data.Turns;

/// <summary>Which delivery a turn handles: the channel, the conversation and the activity's id (or the client's own id for it).</summary>
public sealed record ActivityKey(string ChannelId, string ConversationId, string ActivityId)
{
    /// <summary>The key as one string, as stored with what the turn filed (tickets.source_activity): channel/conversation/activity.</summary>
    public string Format() => $"{ChannelId}/{ConversationId}/{ActivityId}";
}
