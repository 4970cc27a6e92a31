namespace ZoneBot.WeCom.Api;

/// <summary>A file fetched from WeCom's media API.</summary>
public sealed record WeComDownload(string Name, string ContentType, byte[] Content);
