using ZoneBot.Domain;

namespace ZoneBot.Data.Officers;

/// <summary>What became of 绑定 &lt;code&gt;.</summary>
public enum BindOutcome
{
    Bound,

    /// <summary>No such code, or it was used, revoked or has expired: the user is not told which.</summary>
    Invalid,

    /// <summary>Too many wrong codes: binding is locked for this chat user until <see cref="BindResult.LockedUntil"/>.</summary>
    LockedOut,

    /// <summary>This chat user is already an officer; nothing was checked or counted.</summary>
    AlreadyBound,
}

/// <param name="Officer">Bound: the officer this chat user now is. AlreadyBound: the officer they were.</param>
/// <param name="PendingAlerts">Bound: alerts that waited for them and go out now.</param>
public sealed record BindResult(BindOutcome Outcome, Officer? Officer = null, DateTimeOffset? LockedUntil = null, int PendingAlerts = 0);
