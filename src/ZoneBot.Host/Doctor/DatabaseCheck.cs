using System.Data.Common;
using Dapper;
using ZoneBot.Data;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// The database answers and takes writes. The write is a row in the migration journal inside a transaction that is
/// rolled back: a real write (a read-only file or a standby server refuses it) that leaves nothing behind.
/// </summary>
public sealed class DatabaseCheck : IDoctorCheck
{
    private const string ProbeWrite = $"INSERT INTO {DatabaseMigrator.JournalTable} (ScriptName, Applied) VALUES ('doctor-write-probe', CURRENT_TIMESTAMP)";

    public string Name => "database";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        var where = context.SqlitePath is { } path ? $"SQLite file {path}" : "PostgreSQL database";
        DbConnection connection;
        try
        {
            connection = await context.OpenDatabaseAsync(ct);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: ct));
        }
        catch (Exception exception) when (exception is DbException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return CheckResult.Fail(
                $"The {where} does not answer: {exception.Message}",
                "Check Database:ConnectionString (host, port, database, user, password) and that the server runs and lets this machine in.");
        }
        await using var _ = connection;
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition(ProbeWrite, transaction: transaction, cancellationToken: ct));
            await transaction.RollbackAsync(ct);
        }
        catch (DbException exception)
        {
            return CheckResult.Fail(
                $"The {where} answers but does not take writes: {exception.Message}",
                context.SqlitePath is not null
                    ? "Give the service's user write access to the file and its folder (SQLite writes -wal and -shm beside it), and no Mode=ReadOnly in the connection string."
                    : "Point Database:ConnectionString at the primary server, as a user allowed to write ZoneBot's tables (and to migrate them).");
        }
        var size = context.SqlitePath is { } file ? $" ({Cli.DatabaseCommands.Size(new FileInfo(file).Length)})" : string.Empty;
        return CheckResult.Ok($"The {where}{size} answers and takes writes.");
    }
}
