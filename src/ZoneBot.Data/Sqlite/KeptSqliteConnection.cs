using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ZoneBot.Data.Sqlite;

/// <summary>
/// A SQLite connection that stays open between uses, with its statements prepared once. Microsoft.Data.Sqlite keeps
/// no statement beyond the command that prepared it, and closing a connection (back to its pool) finalises them all,
/// so every turn parsed and planned its few statements again (a quarter of SQLite's CPU in `profile --perf`). Closed
/// by its user, this connection goes back to its <see cref="SqliteConnectionPool"/> still open, unless it is not as a
/// fresh one would be (a transaction or a statement still running); the commands Dapper makes on it run on a statement
/// kept per SQL text (<see cref="CachedSqliteCommand"/>).
/// </summary>
internal sealed class KeptSqliteConnection(string connectionString, SqliteConnectionPool pool) : SqliteConnection(connectionString)
{
    // Enough for every statement of the turn path and the stores many times over; texts beyond it are not kept.
    private const int MaxStatements = 200;

    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);

    /// <summary>The pool's generation when this connection was opened: an older one is never handed out again.</summary>
    public int Generation { get; } = pool.Generation;

    public override void Close()
    {
        if (State == ConnectionState.Open && IsAsFresh() && pool.TryKeep(this))
        {
            return;
        }
        CloseForGood();
    }

    /// <summary>Closes the connection and finalises its statements (the handle goes back to Microsoft.Data.Sqlite's pool).</summary>
    public void CloseForGood()
    {
        _statements.Clear();
        if (State == ConnectionState.Open && Transaction is null && raw.sqlite3_get_autocommit(Handle) == 0)
        {
            // A BEGIN run as a statement: Microsoft.Data.Sqlite rolls back only the transactions it began, and its pool
            // would hand the handle out again with this one still open and its lock held.
            using var rollback = CreateCommand();
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }
        base.Close();
    }

    // Dapper's commands (made through DbConnection) reuse statements; a SqliteCommand asked for by name is a plain one.
    protected override DbCommand CreateDbCommand() => new CachedSqliteCommand(this);

    /// <summary>The command prepared for <paramref name="text"/> on this connection, taken until given back.</summary>
    public SqliteCommand Take(string text)
    {
        if (_statements.Remove(text, out var kept))
        {
            return kept;
        }
        var command = CreateCommand();
        command.CommandText = text;
        return command;
    }

    /// <summary>Gives a command back for the next run of its text, its parameters and transaction cleared.</summary>
    public void GiveBack(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        command.CommandTimeout = DefaultTimeout;
        if (State != ConnectionState.Open || _statements.ContainsKey(command.CommandText))
        {
            command.Dispose();
            return;
        }
        if (_statements.Count >= MaxStatements)
        {
            // A connection that has kept as many texts as it may is doing something other than serve turns: start again.
            foreach (var kept in _statements.Values)
            {
                kept.Dispose();
            }
            _statements.Clear();
        }
        _statements[command.CommandText] = command;
    }

    // Kept only as a fresh connection would be: no transaction, neither ADO.NET's nor SQLite's own (BEGIN run as a
    // statement, or a reader never disposed, which holds a read transaction and with it the WAL from its checkpoint for
    // as long as the connection is kept). One question to SQLite: walking the connection's statements to find a running
    // one cost 1-4 % of the host's CPU with the few dozen statements a kept connection has.
    private bool IsAsFresh() =>
        Transaction is null && SqliteTransactionState.IsIdle(Handle!);
}
