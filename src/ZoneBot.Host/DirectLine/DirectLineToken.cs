namespace ZoneBot.Host.DirectLine;

/// <summary>What a valid token says: who the user is (chosen by the server) and the one conversation they may use.</summary>
public sealed record DirectLineToken(string UserId, string ConversationId, DateTimeOffset ExpiresAt);
