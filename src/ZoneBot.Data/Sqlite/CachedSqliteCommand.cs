using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace ZoneBot.Data.Sqlite;

/// <summary>
/// The command Dapper makes on a <see cref="KeptSqliteConnection"/>: it runs on the connection's command for the same
/// text, whose statements SQLite prepared the first time (Microsoft.Data.Sqlite binds the parameters again on each run
/// and still refuses a run that leaves one unbound), and gives that command back when disposed.
/// </summary>
internal sealed class CachedSqliteCommand(KeptSqliteConnection connection) : DbCommand
{
    private string _text = string.Empty;
    private SqliteCommand? _taken;
    private SqliteDataReader? _reader;
    private SqliteTransaction? _transaction;
    private int? _timeout;

    [AllowNull]
    public override string CommandText
    {
        get => _text;
        set
        {
            if (value != _text)
            {
                GiveBack();
                _text = value ?? string.Empty;
            }
        }
    }

    public override int CommandTimeout
    {
        get => _timeout ?? connection.DefaultTimeout;
        set
        {
            _timeout = value;
            if (_taken is not null)
            {
                _taken.CommandTimeout = value;
            }
        }
    }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new ArgumentException($"SQLite runs text commands only, not {value}.", nameof(value));
            }
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (!ReferenceEquals(value, connection))
            {
                throw new NotSupportedException("A command of a kept SQLite connection runs on that connection only.");
            }
        }
    }

    protected override DbTransaction? DbTransaction
    {
        get => _transaction;
        set
        {
            _transaction = (SqliteTransaction?)value;
            if (_taken is not null)
            {
                _taken.Transaction = _transaction;
            }
        }
    }

    protected override DbParameterCollection DbParameterCollection => Command.Parameters;

    private SqliteCommand Command
    {
        get
        {
            if (_taken is null)
            {
                _taken = connection.Take(_text);
                _taken.Transaction = _transaction;
                if (_timeout is { } timeout)
                {
                    _taken.CommandTimeout = timeout;
                }
            }
            return _taken;
        }
    }

    public override void Cancel() => Command.Cancel();

    public override void Prepare() => Command.Prepare();

    public override int ExecuteNonQuery() => Command.ExecuteNonQuery();

    public override object? ExecuteScalar() => Command.ExecuteScalar();

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => _reader = Command.ExecuteReader(behavior);

    // Microsoft.Data.Sqlite runs commands synchronously; its async methods only check the token first, as these do.
    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ExecuteDbDataReader(behavior));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            GiveBack();
        }
        base.Dispose(disposing);
    }

    private void GiveBack()
    {
        if (_taken is null)
        {
            return;
        }
        // A reader still open would keep the statement running, and the command could not run for its next user.
        _reader?.Dispose();
        _reader = null;
        connection.GiveBack(_taken);
        _taken = null;
    }
}
