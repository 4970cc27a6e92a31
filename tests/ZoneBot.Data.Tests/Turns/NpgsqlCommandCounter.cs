using System.Collections.Concurrent;
using System.Diagnostics;

namespace ZoneBot.Data.Tests.Turns;

/// <summary>
/// Counts the commands Npgsql sends to one database (each is one round trip: a command of several statements goes as one
/// batch), from Npgsql's own tracing, and the physical connections they went over.
/// </summary>
internal sealed class NpgsqlCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<object?> _connections = new();

    public NpgsqlCommandCounter(string database)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // Commands carry their text; a physical connection's opening does not.
                if (Equals(activity.GetTagItem("db.namespace"), database) && activity.GetTagItem("db.query.text") is not null)
                {
                    _connections.Enqueue(activity.GetTagItem("db.npgsql.connection_id"));
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => _connections.Count;

    public IReadOnlyCollection<object?> Connections => _connections.Distinct().ToList();

    public void Reset() => _connections.Clear();

    public void Dispose() => _listener.Dispose();
}
