namespace ZoneBot.Domain;

/// <summary>
/// A person who receives alerts and acts on tickets: a liaison, a secretary, department staff or
/// an administrator. A liaison has a grid; a secretary a community; an administrator neither.
/// </summary>
/// <param name="ChannelId">The chat channel the officer bound (绑定) from; null until bound.</param>
/// <param name="ChannelUserId">The officer's user id on that channel; null until bound.</param>
public sealed record Officer(
    long Id,
    string Name,
    string Phone,
    OfficerRole Role,
    long? GridId,
    long? CommunityId,
    string? ChannelId,
    string? ChannelUserId)
{
    public bool IsBound => ChannelId is not null && ChannelUserId is not null;
}
