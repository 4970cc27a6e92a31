namespace ZoneBot.Domain;

/// <summary>
/// Guessing binding codes: 5 wrong codes from one chat user within an hour lock that user out of
/// binding for an hour after the fifth. A new chat user id costs a guesser nothing, so wrong codes are
/// also counted per client address (20 an hour) and over everyone (100 an hour, a sign of an attack:
/// binding pauses for all for an hour; bound officers are not affected).
/// </summary>
public static class BindLockout
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public static readonly TimeSpan Duration = TimeSpan.FromHours(1);

    public static readonly AttemptLimit PerUser = new(MaxFailures, Window, Duration);

    public static readonly AttemptLimit PerAddress = new(20, Window, Duration);

    public static readonly AttemptLimit Overall = new(100, Window, Duration);

    /// <summary>Until when the user is locked out at <paramref name="now"/>; null when they may try.</summary>
    public static DateTimeOffset? LockedUntil(IEnumerable<DateTimeOffset> failures, DateTimeOffset now) =>
        PerUser.LockedUntil(failures, now);
}
