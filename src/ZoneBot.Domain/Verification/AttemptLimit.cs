namespace ZoneBot.Domain;

/// <summary>
/// A limit on guessing a code: <see cref="MaxFailures"/> wrong tries within <see cref="Window"/> lock
/// for <see cref="Duration"/> after the last of them. Pure: the wrong tries are given (the stores keep them).
/// One rule for every count (a chat user, an address, a firm, everyone), so they all lock the same way.
/// </summary>
public sealed record AttemptLimit(int MaxFailures, TimeSpan Window, TimeSpan Duration)
{
    /// <summary>How far back the wrong tries that can still lock are.</summary>
    public TimeSpan LookBack => Window + Duration;

    /// <summary>Until when the count is locked at <paramref name="now"/>; null when it may try.</summary>
    public DateTimeOffset? LockedUntil(IEnumerable<DateTimeOffset> failures, DateTimeOffset now)
    {
        var ordered = failures.Order().ToList();
        DateTimeOffset? until = null;
        for (var i = MaxFailures - 1; i < ordered.Count; i++)
        {
            // The i-th failure is the last of MaxFailures within the window: the lock runs from it.
            if (ordered[i] - ordered[i - (MaxFailures - 1)] <= Window && ordered[i] + Duration > now)
            {
                until = ordered[i] + Duration;
            }
        }
        return until;
    }
}
