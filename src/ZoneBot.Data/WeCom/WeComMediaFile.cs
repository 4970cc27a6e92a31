namespace ZoneBot.Data.WeCom;

/// <summary>An image a WeCom user sent, as fetched through media/get.</summary>
public sealed record WeComMediaFile(string Id, string UserId, string Name, string ContentType, byte[] Content);
