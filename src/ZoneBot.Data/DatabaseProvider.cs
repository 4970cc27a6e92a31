using System.Data.Common;
using DbUp.Builder;

namespace ZoneBot.Data;

/// <summary>
/// What differs between the databases ZoneBot can run on: the connection type and how it is set up,
/// and which folder of migration scripts applies. Everything else (Dapper, SQL text with
/// parameters) is shared. A PostgreSQL provider is added beside <see cref="SqliteDatabaseProvider"/>.
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

    public static DatabaseProvider For(string? name) =>
        name?.Trim().ToLowerInvariant() switch
        {
            "sqlite" => new SqliteDatabaseProvider(),
            _ => throw new NotSupportedException($"Database provider '{name}' is not supported; use 'sqlite'."),
        };
}
