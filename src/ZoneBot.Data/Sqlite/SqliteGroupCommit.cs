using System.Data.Common;
using System.Threading.Channels;
using ZoneBot.Data.Turns;

namespace ZoneBot.Data.Sqlite;

/// <summary>
/// SQLite has one writer at a time and each commit costs an fsync (synchronous=FULL: a confirmed ticket survives a
/// power cut). So turns, and every write made while they are served (<see cref="Database.WriteAsync{T}"/>), do not commit
/// one by one: they hand their writes to this single writer, which takes every batch waiting, runs each under a savepoint of one transaction and commits once; each turn awaits its batch's
/// commit. A batch that fails rolls back to its savepoint and fails alone; a commit that fails fails them all. Readers
/// never wait for it (WAL, connections of their own).
/// </summary>
public sealed class SqliteGroupCommit : IAsyncDisposable
{
    // Enough to fill one fsync with many turns; bounded so one commit stays short.
    private const int MostBatchesPerCommit = 128;

    // Set on the writer's own flow: a write queued from inside a batch would wait for itself.
    private static readonly AsyncLocal<bool> OnWriter = new();

    private readonly Database _database;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly CancellationTokenSource _stopping = new();
    private long _commits;
    private long _batches;

    public SqliteGroupCommit(Database database)
    {
        _database = database;
        // Not in the context of whoever came first (a turn's span, its writes): the writer serves every caller alike.
        using (ExecutionContext.SuppressFlow())
        {
            _writer = Task.Run(WriteAsync);
        }
    }

    /// <summary>How many transactions the writer committed.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>How many batches (turns) those transactions held.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Runs <paramref name="writes"/> in the writer's next transaction; returns once it is committed (durable).</summary>
    public async Task CommitAsync(IReadOnlyList<TurnWrite> writes, CancellationToken ct = default)
    {
        if (writes.Count == 0)
        {
            return;
        }
        if (OnWriter.Value)
        {
            throw new InvalidOperationException("A write inside the writer's transaction would wait for itself: use the connection it was given.");
        }
        var pending = new Pending(writes, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(SqliteGroupCommit));
        }
        // Not cancelled half-way: once queued the batch is committed or failed by the writer, whatever the caller does.
        await pending.Done.Task.WaitAsync(ct);
    }

    private async Task WriteAsync()
    {
        OnWriter.Value = true;
        var batch = new List<Pending>(MostBatchesPerCommit);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(_stopping.Token))
            {
                while (batch.Count < MostBatchesPerCommit && _queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }
                try
                {
                    // From the pool for each batch, not held: a file restored or replaced while idle is not written through an old handle.
                    await using var connection = await _database.OpenAsync(_stopping.Token);
                    await CommitBatchAsync(connection, batch);
                }
                catch (Exception exception)
                {
                    foreach (var pending in batch)
                    {
                        pending.Done.TrySetException(exception);
                    }
                }
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        finally
        {
            while (_queue.Reader.TryRead(out var left))
            {
                left.Done.TrySetException(new ObjectDisposedException(nameof(SqliteGroupCommit)));
            }
        }
    }

    private async Task CommitBatchAsync(DbConnection connection, List<Pending> batch)
    {
        if (_database.LostReason is { } reason)
        {
            throw new DatabaseUnavailableException(reason);
        }
        var committed = new List<Pending>(batch.Count);
        await using (var transaction = await connection.BeginTransactionAsync(CancellationToken.None))
        {
            foreach (var pending in batch)
            {
                await transaction.SaveAsync("turn", CancellationToken.None);
                try
                {
                    foreach (var write in pending.Writes)
                    {
                        await write(connection, transaction, CancellationToken.None);
                    }
                    await transaction.ReleaseAsync("turn", CancellationToken.None);
                    committed.Add(pending);
                }
                catch (Exception exception)
                {
                    await transaction.RollbackAsync("turn", CancellationToken.None);
                    await transaction.ReleaseAsync("turn", CancellationToken.None);
                    pending.Done.TrySetException(exception);
                }
            }
            // The file's watcher tells of a deleted file a moment later; a commit into the deleted file would be lost.
            if (_database.SqliteFileMissing)
            {
                throw new DatabaseUnavailableException(Database.SqliteFileMissingReason);
            }
            await transaction.CommitAsync(CancellationToken.None);
        }
        Interlocked.Increment(ref _commits);
        Interlocked.Add(ref _batches, committed.Count);
        foreach (var pending in committed)
        {
            pending.Done.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            // What is queued is still written; then the writer ends.
            await _writer.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync();
        }
    }

    private sealed record Pending(IReadOnlyList<TurnWrite> Writes, TaskCompletionSource Done);
}
