namespace ZoneBot.DirectLine.Storage;

/// <summary>A conversation of ZoneBot's own Direct Line, and the one user it belongs to.</summary>
public sealed class DirectLineConversation
{
    public string Id { get; init; } = string.Empty;
    public string UserId { get; init; } = string.Empty;
    public string? Locale { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the bot was told that the user joined; null before.</summary>
    public DateTimeOffset? StartedAt { get; init; }
}
