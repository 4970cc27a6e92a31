
namespace ZoneBot.Data.Turns;

/// <summary>Which delivery a turn handles: the channel, the conversation and the activity's id (or the client's own id for it).</summary>
public sealed record ActivityKey(string ChannelId, string ConversationId, string ActivityId);
