namespace ZoneBot.DirectLine.Storage;

/// <summary>A file uploaded into a Direct Line conversation.</summary>
public sealed class StoredAttachment
{
    public string Id { get; init; } = string.Empty;
    public string ConversationId { get; init; } = string.Empty;
    public string Name { get; init; } = string.Empty;
    public string ContentType { get; init; } = string.Empty;
    public byte[] Content { get; init; } = [];
}
