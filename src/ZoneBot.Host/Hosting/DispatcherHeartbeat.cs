namespace ZoneBot.Host.Hosting;

/// <summary>
/// The alert dispatcher's sign of life, for readiness: it beats at every look at the outbox and says when it stops.
/// An instance whose dispatcher is gone still answers chats, but its alerts would wait for another instance.
/// </summary>
public sealed class DispatcherHeartbeat(TimeProvider time)
{
    private long _lastBeatTicks;
    private int _stopped;

    public void Beat()
    {
        Interlocked.Exchange(ref _lastBeatTicks, time.GetUtcNow().UtcTicks);
        Interlocked.Exchange(ref _stopped, 0);
    }

    public void Stop() => Interlocked.Exchange(ref _stopped, 1);

    public bool IsStopped => Volatile.Read(ref _stopped) == 1;

    /// <summary>When it last looked; null before its first look.</summary>
    public DateTimeOffset? LastBeat => Interlocked.Read(ref _lastBeatTicks) is var ticks and > 0
        ? new DateTimeOffset(ticks, TimeSpan.Zero)
        : null;
}
