namespace ZoneBot.Domain;

/// <summary>
/// 5 wrong binding codes from one chat user within an hour lock that user out of binding for an hour
/// after the fifth. Pure: the wrong attempts are given (the store keeps them).
/// </summary>
public static class BindLockout
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public static readonly TimeSpan Duration = TimeSpan.FromHours(1);

    /// <summary>Until when the user is locked out at <paramref name="now"/>; null when they may try.</summary>
    public static DateTimeOffset? LockedUntil(IEnumerable<DateTimeOffset> failures, DateTimeOffset now)
    {
        var ordered = failures.Order().ToList();
        DateTimeOffset? until = null;
        for (var i = MaxFailures - 1; i < ordered.Count; i++)
        {
            // The i-th failure is the fifth within an hour: the lockout runs from it.
            if (ordered[i] - ordered[i - (MaxFailures - 1)] <= Window && ordered[i] + Duration > now)
            {
                until = ordered[i] + Duration;
            }
        }
        return until;
    }
}
