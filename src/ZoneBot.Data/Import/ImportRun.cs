using System.Data.Common;
using Dapper;

namespace ZoneBot.Data.Import;

/// <summary>The connection, transaction and token every statement of one import runs with.</summary>
internal sealed record ImportRun(DbConnection Connection, DbTransaction Transaction, CancellationToken Ct)
{
    /// <summary>Imports take turns under this lock (see <see cref="DatabaseProvider.LockAsync"/>): a grid import and a firm import too.</summary>
    public const string LockName = "zonebot.roster-import";

    public Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        Connection.QueryAsync<T>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: Ct));

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object parameters) =>
        Connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: Ct));

    public Task<T?> ScalarAsync<T>(string sql, object parameters) =>
        Connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: Ct));

    public Task<int> ExecuteAsync(string sql, object parameters) =>
        Connection.ExecuteAsync(new CommandDefinition(sql, parameters, Transaction, cancellationToken: Ct));
}
