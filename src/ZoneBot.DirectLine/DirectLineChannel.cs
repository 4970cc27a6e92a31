using System.Security.Cryptography;
using Microsoft.Bot.Schema;

namespace ZoneBot.DirectLine;

/// <summary>How ZoneBot's own Direct Line appears to the bot: its channel id, the bot's account, the ids it makes.</summary>
public static class DirectLineChannel
{
    /// <summary>The channel id of every activity that comes through it, as on Azure's Direct Line.</summary>
    public const string Id = "directline";

    /// <summary>The bot's id in these conversations.</summary>
    public const string BotId = "zonebot";

    /// <summary>Where the Direct Line API is: the base of every route and of the activities' serviceUrl.</summary>
    public const string BasePath = "/v3/directline";

    /// <summary>A user id the server chose: "dl_" then random hex. Web Chat reserves the "dl_" prefix for exactly these.</summary>
    public static string NewUserId() => "dl_" + RandomHex(12);

    public static string NewConversationId() => RandomHex(16);

    /// <summary>An uploaded file's id, which is also what lets one read it: long enough not to be guessed.</summary>
    public static string NewAttachmentId() => RandomHex(24);

    public static ChannelAccount Bot(string displayName) => new(BotId, displayName, RoleTypes.Bot);

    public static ChannelAccount User(string userId) => new(userId, role: RoleTypes.User);

    private static string RandomHex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));
}
