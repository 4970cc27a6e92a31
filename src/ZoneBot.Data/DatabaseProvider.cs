using System.Data.Common;
using DbUp.Builder;
using ZoneBot.Data.Postgres;
using ZoneBot.Data.Sqlite;

namespace ZoneBot.Data;

/// <summary>
/// What differs between the databases ZoneBot can run on: the connection type and how it is set up,
/// which folder of migration scripts applies, and how two instances take turns at one-off work.
/// Everything else (Dapper, SQL text with parameters) is shared by <see cref="SqliteDatabaseProvider"/>
/// and <see cref="PostgresDatabaseProvider"/>.
/// </summary>
internal abstract class DatabaseProvider
{
    /// <summary>The name in <see cref="DatabaseOptions.Provider"/>, e.g. sqlite.</summary>
    public abstract string Name { get; }

    /// <summary>The folder under Migrations/ whose numbered scripts build this database.</summary>
    public abstract string MigrationsFolder { get; }

    /// <summary>An open connection, set up the way every ZoneBot connection expects.</summary>
    public abstract Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>One-off settings that belong to the database rather than to a connection; run before the scripts.</summary>
    public abstract void PrepareForMigration(string connectionString);

    /// <summary>DbUp's builder aimed at this database.</summary>
    public abstract UpgradeEngineBuilder MigrationTarget(string connectionString);

    /// <summary>Held while the scripts run, so that two instances starting at once do not both run them.</summary>
    public abstract IDisposable HoldMigrationLock(string connectionString);

    /// <summary>
    /// Makes <paramref name="transaction"/> wait for, then exclude, any other transaction that takes the
    /// lock of the same <paramref name="name"/>, until it ends.
    /// </summary>
    public abstract Task LockAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Appended to the inner SELECT of a claim (an UPDATE that takes the rows a sub-SELECT picks): on PostgreSQL,
    /// <c>FOR UPDATE SKIP LOCKED</c>, so that concurrent claimers pass over each other's rows instead of queueing
    /// behind them; empty on SQLite, where the statement holds the file's write lock and has no row locks to skip.
    /// </summary>
    public abstract string SkipLockedRows { get; }

    /// <summary>Whether the database exists yet; nothing is created by asking.</summary>
    public abstract bool Exists(string connectionString);

    /// <summary>Calls <paramref name="lost"/> with a reason when the database's file goes away or is replaced; null when there is no file to watch.</summary>
    public virtual IDisposable? WatchFile(string connectionString, Action<string> lost) => null;

    /// <summary>Closes what the provider keeps open between uses (SQLite's kept connections).</summary>
    public virtual void Dispose()
    {
    }

    public static DatabaseProvider For(string? name) =>
        name?.Trim().ToLowerInvariant() switch
        {
            "sqlite" => new SqliteDatabaseProvider(),
            "postgres" or "postgresql" => new PostgresDatabaseProvider(),
            _ => throw new NotSupportedException($"Database provider '{name}' is not supported; use 'sqlite' or 'postgres'."),
        };
}
