using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ZoneBot.Data.Sqlite;

/// <summary>
/// The open <see cref="KeptSqliteConnection"/>s of one database, each with its prepared statements, waiting for their
/// next use. <see cref="ClearAll"/> (a file restored, deleted or replaced) makes every pool close what it keeps and
/// open anew: no statement or handle of the old file is used again.
/// </summary>
internal sealed class SqliteConnectionPool : IDisposable
{
    // About as many as turns run at once on two cores; more open at a peak are closed when given back.
    private const int MostKept = 16;

    private static int _generation;

    // Every pool of this process, for ClearAll; a pool nobody disposed goes with its database.
    private static readonly ConditionalWeakTable<SqliteConnectionPool, object?> Pools = new();

    // Last in, first out: the few connections a moment needs are the ones with their statements already prepared.
    private readonly ConcurrentStack<KeptSqliteConnection> _idle = new();
    private int _idleCount;
    private volatile bool _disposed;

    public SqliteConnectionPool() => Pools.Add(this, null);

    /// <summary>Connections opened before the last <see cref="ClearAll"/> are of an older generation.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>
    /// Every pool in this process closes the connections it keeps (those in use are closed when given back), and
    /// Microsoft.Data.Sqlite's pools theirs: the last connection to a file closed checkpoints its log into it.
    /// </summary>
    public static void ClearAll()
    {
        Interlocked.Increment(ref _generation);
        foreach (var (pool, _) in Pools)
        {
            pool.CloseKept();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <summary>A kept connection of this generation to <paramref name="connectionString"/>, or null when there is none (open a new one).</summary>
    public KeptSqliteConnection? TakeKept(string connectionString)
    {
        while (_idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            if (connection.Generation == Generation && connection.ConnectionString == connectionString)
            {
                return connection;
            }
            connection.CloseForGood();
        }
        return null;
    }

    /// <summary>Whether <paramref name="connection"/> is kept for its next use (else its owner closes it).</summary>
    public bool TryKeep(KeptSqliteConnection connection)
    {
        if (_disposed || connection.Generation != Generation)
        {
            return false;
        }
        if (Interlocked.Increment(ref _idleCount) > MostKept)
        {
            Interlocked.Decrement(ref _idleCount);
            return false;
        }
        _idle.Push(connection);
        // Disposed meanwhile: whatever was just added is closed here or by Dispose.
        if (_disposed)
        {
            CloseKept();
        }
        return true;
    }

    public void Dispose()
    {
        _disposed = true;
        Pools.Remove(this);
        CloseKept();
    }

    private void CloseKept()
    {
        while (_idle.TryPop(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            connection.CloseForGood();
        }
    }
}
