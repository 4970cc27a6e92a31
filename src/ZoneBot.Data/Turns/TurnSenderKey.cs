namespace ZoneBot.Data.Turns;

/// <summary>Who sent a turn's message: the channel and the chat user's id on it.</summary>
public sealed record TurnSenderKey(string ChannelId, string UserId);
