
namespace ZoneBot.Data.Volunteers;

public enum SignUpStatus
{
    /// <summary>The membership (and the person, when new) and the leader's alert were stored.</summary>
    Joined,

    /// <summary>That phone already has a membership of that team; nothing was written.</summary>
    AlreadyMember,

    /// <summary>The team has as many members as it takes; nothing was written.</summary>
    TeamFull,

    /// <summary>The team takes party members only and the person did not say they are one; nothing was written.</summary>
    NeedsPartyMember,

    /// <summary>No such team (removed since the choice); nothing was written.</summary>
    NoSuchTeam,
}

/// <summary>What became of a sign-up.</summary>
/// <param name="Since">For <see cref="SignUpStatus.AlreadyMember"/>: when the existing membership began.</param>
public sealed record SignUpOutcome(SignUpStatus Status, long? VolunteerId = null, long? MembershipId = null, DateTimeOffset? Since = null)
{
    public static SignUpOutcome Refused(SignUpStatus status) => new(status);
}
