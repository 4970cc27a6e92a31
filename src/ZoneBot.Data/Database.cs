using System.Data.Common;

namespace ZoneBot.Data;

/// <summary>
/// The one way ZoneBot code gets a database connection: open, and set up for the configured
/// database. Callers own the connection (<c>await using</c>) and run Dapper on it.
/// </summary>
public sealed class Database
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
    }

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

    /// <summary>Whether the SQLite file, or the PostgreSQL database, exists (before the first migration it may not).</summary>
    public bool Exists() => Provider.Exists(ConnectionString);

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
}
