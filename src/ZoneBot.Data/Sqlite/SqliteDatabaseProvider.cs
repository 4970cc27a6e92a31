using System.Data.Common;
using System.Runtime.CompilerServices;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ZoneBot.Data.Sqlite;

/// <summary>SQLite in one file: the default, for one bot instance.</summary>
internal sealed class SqliteDatabaseProvider : DatabaseProvider
{
    // busy_timeout: wait for another writer (the outbox dispatcher, a second request) instead of
    // failing at once. foreign_keys: SQLite leaves it off unless every connection asks.
    // synchronous=FULL: a commit is on disk (WAL fsynced) before it returns, so a confirmed ticket survives a power cut.
    // cache_size: see SqlitePageCache.
    private const string ConnectionPragmas = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; "
        + SqlitePageCache.Pragma;

    // A pooled connection keeps its settings: they are set when SQLite opens the file, not on every open from the pool
    // (four statements parsed for each of a turn's few opens).
    private static readonly ConditionalWeakTable<sqlite3, string> Configured = new();

    public override string Name => "sqlite";

    public override string MigrationsFolder => "Sqlite";

    /// <summary>SQLite has no row locks (nor the clause): one writer at a time, the claim included.</summary>
    public override string SkipLockedRows => string.Empty;

    // The connection string as opened at run time, worked out once: only migrations may create the file.
    private ResolvedConnection? _resolved;

    // This database's open connections and their prepared statements, between uses.
    private readonly SqliteConnectionPool _kept = new();

    public override async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var resolved = Resolve(connectionString);
        var connection = _kept.TakeKept(resolved.RunTime) ?? await OpenNewAsync(resolved, cancellationToken);
        SqliteStatementTracing.Attach(connection);
        return connection;
    }

    private async Task<KeptSqliteConnection> OpenNewAsync(ResolvedConnection resolved, CancellationToken cancellationToken)
    {
        var connection = new KeptSqliteConnection(resolved.RunTime, _kept);
        try
        {
            // Opened read-write, never create: SQLite refuses a missing file, which is only looked for then (not on every open).
            await connection.OpenAsync(cancellationToken);
            if (!Configured.TryGetValue(connection.Handle!, out _))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = ConnectionPragmas;
                await command.ExecuteNonQueryAsync(cancellationToken);
                Configured.AddOrUpdate(connection.Handle!, ConnectionPragmas);
            }
            return connection;
        }
        catch (SqliteException) when (resolved.FilePath is { } file && !File.Exists(file))
        {
            connection.CloseForGood();
            throw new DatabaseUnavailableException(
                $"The SQLite file {Path.GetFileName(file)} is missing; it is not created again empty (restore it, or run `db migrate`).");
        }
        catch
        {
            connection.CloseForGood();
            throw;
        }
    }

    public override void Dispose() => _kept.Dispose();

    /// <summary>
    /// WAL lets readers go on while one connection writes. It is stored in the file, so setting it
    /// once here is enough; it cannot be set inside a transaction, hence not in a script.
    /// </summary>
    public override void PrepareForMigration(string connectionString)
    {
        EnsureFolderExists(connectionString);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteScalar();
    }

    /// <summary>
    /// DbUp opens its own plain connection, so scripts run with foreign_keys off: a later script
    /// that rebuilds a table (SQLite's way to alter one) must not cascade or fail half-way.
    /// </summary>
    public override UpgradeEngineBuilder MigrationTarget(string connectionString) =>
        DeployChanges.To.SqliteDatabase(connectionString);

    /// <summary>One file, one instance: DbUp's transaction per script is all the locking SQLite needs.</summary>
    public override IDisposable HoldMigrationLock(string connectionString) => NoLock.Instance;

    /// <summary>
    /// Nothing to do: Microsoft.Data.Sqlite begins transactions IMMEDIATE, so the transaction already
    /// holds the file's write lock and another writer waits (busy_timeout) until it ends.
    /// </summary>
    public override Task LockAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // Asked by the writer before each commit: the file path worked out once, not the connection string parsed again.
    public override bool Exists(string connectionString) => Resolve(connectionString).FilePath is not { } file || File.Exists(file);

    public override IDisposable? WatchFile(string connectionString, Action<string> lost) =>
        FilePathOf(connectionString) is { } file ? new SqliteFileWatch(file, lost) : null;

    private ResolvedConnection Resolve(string connectionString)
    {
        if (_resolved is { } known && ReferenceEquals(known.Configured, connectionString))
        {
            return known;
        }
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }
        return _resolved = new ResolvedConnection(connectionString, builder.ConnectionString, FilePathOf(connectionString));
    }

    /// <summary>The full path of the database file; null for an in-memory database.</summary>
    private static string? FilePathOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        return builder.Mode == SqliteOpenMode.Memory
            || string.IsNullOrWhiteSpace(path)
            || path == ":memory:"
            || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? null
            : Path.GetFullPath(path);
    }

    private static void EnsureFolderExists(string connectionString)
    {
        var folder = FilePathOf(connectionString) is { } file ? Path.GetDirectoryName(file) : null;
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private sealed record ResolvedConnection(string Configured, string RunTime, string? FilePath);

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}
