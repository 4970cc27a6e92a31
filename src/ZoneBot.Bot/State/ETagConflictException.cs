namespace ZoneBot.Bot.State;

/// <summary>
/// A state item was written with the eTag it had when read, but someone (another turn of the same
/// conversation, maybe on another instance) wrote it in between. Nothing was written.
/// </summary>
public sealed class ETagConflictException(string key)
    : Exception($"The state '{key}' was changed by another writer since it was read (eTag conflict); nothing was written.")
{
    public string Key { get; } = key;
}
