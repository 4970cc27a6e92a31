using Microsoft.Bot.Schema;

namespace ZoneBot.WeCom;

/// <summary>How WeCom appears to the bot: its channel id, the bot's account, a conversation per user and app.</summary>
public static class WeComChannel
{
    /// <summary>The channel id of every activity that comes through WeCom.</summary>
    public const string Id = "wecom";

    /// <summary>Where the channel's endpoints are.</summary>
    public const string BasePath = "/wecom";

    /// <summary>One conversation per WeCom user and app (agent): the same person in two apps has two conversations.</summary>
    public static string ConversationId(int agentId, string userId) => $"{agentId}:{userId}";

    public static ChannelAccount Bot(int agentId, string displayName) => new($"agent-{agentId}", displayName, RoleTypes.Bot);

    public static ChannelAccount User(string userId) => new(userId, role: RoleTypes.User);
}
