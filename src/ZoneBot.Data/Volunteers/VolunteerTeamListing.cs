
namespace ZoneBot.Data.Volunteers;

/// <summary>A volunteer team as people choose it and administrators list it: with its leader and how many have joined.</summary>
public sealed class VolunteerTeamListing
{
    public long Id { get; init; }

    /// <summary>The stable key, e.g. safety_patrol.</summary>
    public string Code { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    /// <summary>One line on what the team does.</summary>
    public string Description { get; init; } = string.Empty;

    public bool NeedsPartyMember { get; init; }

    /// <summary>How many members it takes; null for no limit.</summary>
    public int? Capacity { get; init; }

    public long? LeaderOfficerId { get; init; }

    public string? LeaderName { get; init; }

    /// <summary>How many have joined.</summary>
    public int Members { get; init; }

    public bool IsFull => Capacity is { } capacity && Members >= capacity;
}
