using System.Data.Common;
using Dapper;

namespace ZoneBot.Data;

/// <summary>What DbUp's journal says was applied to a database, beside the scripts this build carries.</summary>
public static class MigrationJournal
{
    // Unquoted, so PostgreSQL finds the name DbUp folded to lower case.
    private const string SelectApplied = $"SELECT ScriptName FROM {DatabaseMigrator.JournalTable} ORDER BY ScriptName";

    /// <summary>The scripts of this build for the database's provider, in order (0001_initial_schema.sql, ...).</summary>
    public static IReadOnlyList<string> Known(Database database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return [.. DatabaseMigrator.Scripts(database.Provider.MigrationsFolder).Select(script => script.Name)];
    }

    /// <summary>The scripts the journal records; throws the database's own error when there is no journal.</summary>
    public static IReadOnlyList<string> Applied(DbConnection connection) => [.. connection.Query<string>(SelectApplied)];

    /// <inheritdoc cref="Applied"/>
    public static async Task<IReadOnlyList<string>> AppliedAsync(DbConnection connection, CancellationToken ct = default) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition(SelectApplied, cancellationToken: ct))];
}
