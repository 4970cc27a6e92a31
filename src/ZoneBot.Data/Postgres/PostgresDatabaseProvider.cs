using System.Data.Common;
using Dapper;
using DbUp;
using DbUp.Builder;
using DbUp.Engine.Output;
using Npgsql;

namespace ZoneBot.Data.Postgres;

/// <summary>PostgreSQL: one database shared by several bot instances.</summary>
internal sealed class PostgresDatabaseProvider : DatabaseProvider
{
    // Advisory locks are keyed by a number; hashing a readable name keeps the callers readable.
    private const string SessionLock = "SELECT pg_advisory_lock(hashtext(@name))";
    private const string SessionUnlock = "SELECT pg_advisory_unlock(hashtext(@name))";
    private const string TransactionLock = "SELECT pg_advisory_xact_lock(hashtext(@name))";

    private const string MigrationLockName = "zonebot.migrations";

    public override string Name => "postgres";

    public override string MigrationsFolder => "Postgres";

    public override string SkipLockedRows => "FOR UPDATE SKIP LOCKED";

    public override async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(PostgresConnectionTuning.For(connectionString));
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A first start on a fresh server creates the database, as SQLite creates its file. Only when it is
    /// missing: creating one needs the server's maintenance database and a right most bot accounts lack.
    /// </summary>
    public override void PrepareForMigration(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            EnsureDatabase.For.PostgresqlDatabase(connectionString, new NoOpUpgradeLog());
        }
    }

    public override bool Exists(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    /// <summary>DbUp's journal is the table schemaversions of the connection's default schema.</summary>
    public override UpgradeEngineBuilder MigrationTarget(string connectionString) =>
        DeployChanges.To.PostgresqlDatabase(connectionString);

    /// <summary>
    /// DbUp does not lock: two instances starting at once would both create the journal and run 0001.
    /// A session-level advisory lock on a connection of its own makes the second wait, then find nothing to do.
    /// </summary>
    public override IDisposable HoldMigrationLock(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            connection.ExecuteScalar(SessionLock, new { name = MigrationLockName });
            return new SessionLockHandle(connection, MigrationLockName);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Read committed lets two transactions both see an empty table; an advisory lock held to the end of the transaction does not.</summary>
    public override async Task LockAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync(new CommandDefinition(TransactionLock, new { name }, transaction, cancellationToken: cancellationToken));

    private sealed class SessionLockHandle(NpgsqlConnection connection, string name) : IDisposable
    {
        public void Dispose()
        {
            // Closing the session would release it too; unlocking first returns a clean connection to the pool.
            connection.ExecuteScalar(SessionUnlock, new { name });
            connection.Dispose();
        }
    }
}
