
namespace ZoneBot.Data.State;

/// <summary>One row of bot_state: a storage key, its current eTag and its JSON.</summary>
public sealed record StoredState(string Key, string ETag, string Data);
