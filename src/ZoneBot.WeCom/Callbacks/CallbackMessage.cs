using System.Globalization;

namespace ZoneBot.WeCom.Callbacks;

/// <summary>
/// One decrypted callback of the self-built app (接收消息): a message a user sent (text, image, location, or
/// another type) or an event (the user entered the app, followed it, ...). Only the fields ZoneBot uses.
/// </summary>
public sealed record CallbackMessage
{
    public required string MsgType { get; init; }
    public required string FromUserName { get; init; }
    public required int AgentId { get; init; }
    public long CreateTime { get; init; }
    public string? MsgId { get; init; }
    public string? Content { get; init; }
    public string? MediaId { get; init; }
    public string? PicUrl { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Label { get; init; }
    public string? Event { get; init; }

    /// <summary>What identifies the callback across WeCom's retries: the MsgId of a message, user, time and event name of an event.</summary>
    public string Key => MsgId is { Length: > 0 } id ? $"{AgentId}:msg:{id}" : $"{AgentId}:event:{FromUserName}:{CreateTime}:{Event}";

    /// <returns>null when a field every callback has is missing or malformed.</returns>
    public static CallbackMessage? Parse(IReadOnlyDictionary<string, string> fields)
    {
        if (!fields.TryGetValue("MsgType", out var type) || type.Length == 0
            || !fields.TryGetValue("FromUserName", out var from) || from.Length is 0 or > 64
            || !int.TryParse(fields.GetValueOrDefault("AgentID"), CultureInfo.InvariantCulture, out var agentId))
        {
            return null;
        }
        return new CallbackMessage
        {
            MsgType = type,
            FromUserName = from,
            AgentId = agentId,
            CreateTime = long.TryParse(fields.GetValueOrDefault("CreateTime"), CultureInfo.InvariantCulture, out var created) ? created : 0,
            MsgId = fields.GetValueOrDefault("MsgId"),
            Content = fields.GetValueOrDefault("Content"),
            MediaId = fields.GetValueOrDefault("MediaId"),
            PicUrl = fields.GetValueOrDefault("PicUrl"),
            Latitude = Number(fields, "Location_X"),
            Longitude = Number(fields, "Location_Y"),
            Label = fields.GetValueOrDefault("Label"),
            Event = fields.GetValueOrDefault("Event"),
        };
    }

    private static double? Number(IReadOnlyDictionary<string, string> fields, string name) =>
        double.TryParse(fields.GetValueOrDefault(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
