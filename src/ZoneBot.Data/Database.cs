using System.Data.Common;
using Dapper;
using ZoneBot.Data.Sqlite;
using ZoneBot.Data.Turns;

namespace ZoneBot.Data;

/// <summary>
/// The one way ZoneBot code gets a database connection: open, and set up for the configured
/// database. Callers own the connection (<c>await using</c>) and run Dapper on it. Writes that may run
/// while turns are served go through <see cref="WriteAsync{T}"/>: on SQLite they then queue for the one
/// writer instead of sleeping in SQLite's busy handler, and share its commits.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    static Database()
    {
        // Dapper's type handlers are process-wide; every connection comes through here first.
        IsoDateTimeOffsetHandler.Register();
    }

    public Database(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException("Database:ConnectionString is empty.", nameof(options));
        }

        Provider = DatabaseProvider.For(options.Provider);
        ConnectionString = options.ConnectionString;
        _writer = new Lazy<SqliteGroupCommit>(() => new SqliteGroupCommit(this));
    }

    private readonly Lazy<SqliteGroupCommit> _writer;

    internal bool IsSqlite => Provider.Name == "sqlite";

    /// <summary>SQLite's one writer (its counters show how many batches each commit held); null on PostgreSQL.</summary>
    public SqliteGroupCommit? GroupCommit => IsSqlite ? _writer.Value : null;

    /// <summary>The configured provider's name, e.g. sqlite.</summary>
    public string ProviderName => Provider.Name;

    internal DatabaseProvider Provider { get; }

    internal string ConnectionString { get; }

    private volatile string? _lostReason;

    /// <summary>Why the database may no longer be used (its file deleted or replaced while the host ran); null while it may.</summary>
    public string? LostReason => _lostReason;

    /// <summary>An open connection; fails with <see cref="DatabaseUnavailableException"/> once the database is lost.</summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        _lostReason is { } reason
            ? Task.FromException<DbConnection>(new DatabaseUnavailableException(reason))
            : Provider.OpenAsync(ConnectionString, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one write transaction and returns its result once committed (durable). On SQLite
    /// the work runs on the one writer, under a savepoint of a transaction shared with other writes (turns' included), so
    /// it must be short and must not write through this method again; on PostgreSQL, on a connection of its own.
    /// Throwing rolls back the work's writes alone.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (IsSqlite)
        {
            var result = default(T)!;
            await _writer.Value.CommitAsync([async (connection, transaction, token) => result = await work(connection, transaction, token)], ct);
            return result;
        }
        await using var open = await OpenAsync(ct);
        await using var begun = await open.BeginTransactionAsync(ct);
        var done = await work(open, begun, ct);
        await begun.CommitAsync(ct);
        return done;
    }

    /// <summary>Runs <paramref name="writes"/> in one write transaction (see <see cref="WriteAsync{T}"/>); returns once durable.</summary>
    public Task WriteAsync(IReadOnlyList<TurnWrite> writes, CancellationToken ct = default) =>
        IsSqlite
            ? _writer.Value.CommitAsync(writes, ct)
            : WriteAsync(async (connection, transaction, token) =>
            {
                foreach (var write in writes)
                {
                    await write(connection, transaction, token);
                }
                return true;
            }, ct);

    /// <summary>
    /// One SQL statement with its <c>@parameters</c> as a write (see <see cref="WriteAsync{T}"/>); returns the rows it
    /// changed. On PostgreSQL the statement is its own transaction: one round trip, not a BEGIN and a COMMIT around it.
    /// </summary>
    public async Task<int> ExecuteWriteAsync(string sql, object? parameters, CancellationToken ct = default)
    {
        if (IsSqlite)
        {
            return await WriteAsync((connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: token)), ct);
        }
        await using var connection = await OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
    }

    /// <summary>One SQL statement that writes and returns rows (<c>RETURNING</c>), as <see cref="ExecuteWriteAsync"/> runs it.</summary>
    public async Task<IReadOnlyList<TRow>> QueryWriteAsync<TRow>(string sql, object? parameters, CancellationToken ct = default)
    {
        if (IsSqlite)
        {
            return await WriteAsync<IReadOnlyList<TRow>>(async (connection, transaction, token) =>
                [.. await connection.QueryAsync<TRow>(new CommandDefinition(sql, parameters, transaction, cancellationToken: token))], ct);
        }
        await using var connection = await OpenAsync(ct);
        return [.. await connection.QueryAsync<TRow>(new CommandDefinition(sql, parameters, cancellationToken: ct))];
    }

    /// <summary>Whether the SQLite file, or the PostgreSQL database, exists (before the first migration it may not).</summary>
    public bool Exists() => Provider.Exists(ConnectionString);

    /// <summary>Whether the SQLite file is gone at this moment, before its watcher may have told (PostgreSQL: never).</summary>
    public bool SqliteFileMissing => IsSqlite && !Exists();

    /// <summary>What the group commit and /healthz say when <see cref="SqliteFileMissing"/>.</summary>
    public const string SqliteFileMissingReason = "The SQLite file is missing; nothing more is written until it is restored and the host restarted.";

    /// <summary>
    /// Watches the SQLite file while the host runs: deleted, or replaced by another file, it makes every later use of
    /// this database fail (pooled connections would otherwise go on writing into the deleted file, and a new one would
    /// start empty). Null for PostgreSQL, whose server guards its own files.
    /// </summary>
    public IDisposable? WatchFile(Action<string>? onLost = null) =>
        Provider.WatchFile(ConnectionString, reason =>
        {
            _lostReason ??= reason;
            onLost?.Invoke(reason);
        });

    /// <summary>What was handed to the writer is still written; then it stops, and the connections kept open are closed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_writer.IsValueCreated)
        {
            await _writer.Value.DisposeAsync();
        }
        Provider.Dispose();
    }
}
