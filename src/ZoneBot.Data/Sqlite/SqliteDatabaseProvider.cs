using System.Data.Common;
using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;

namespace ZoneBot.Data;

/// <summary>SQLite in one file: the default, for one bot instance.</summary>
internal sealed class SqliteDatabaseProvider : DatabaseProvider
{
    // busy_timeout: wait for another writer (the outbox dispatcher, a second request) instead of
    // failing at once. foreign_keys: SQLite leaves it off unless every connection asks.
    private const string ConnectionPragmas = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    public override string Name => "sqlite";

    public override string MigrationsFolder => "Sqlite";

    /// <summary>SQLite has no row locks (nor the clause): one writer at a time, the claim included.</summary>
    public override string SkipLockedRows => string.Empty;

    public override async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        EnsureFolderExists(connectionString);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

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

    private static void EnsureFolderExists(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory
            || string.IsNullOrWhiteSpace(path)
            || path == ":memory:"
            || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}
