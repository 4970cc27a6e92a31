using System.Text;
using DbUp.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ZoneBot.Data;

/// <summary>
/// Brings the database up to date with the numbered scripts in Migrations/&lt;provider&gt;/, each
/// run once in its own transaction and recorded in DbUp's journal table. Safe to run at every start.
/// </summary>
public sealed class DatabaseMigrator(Database database, ILogger<DatabaseMigrator>? logger = null)
{
    /// <summary>DbUp's journal: one row per script run (ScriptName, Applied); PostgreSQL folds the names to lower case.</summary>
    public const string JournalTable = "SchemaVersions";

    private readonly ILogger _logger = logger ?? NullLogger<DatabaseMigrator>.Instance;

    /// <summary>Runs the scripts the journal has not seen; returns how many ran.</summary>
    /// <exception cref="InvalidOperationException">A script failed; its transaction was rolled back.</exception>
    public int Migrate()
    {
        var provider = database.Provider;
        provider.PrepareForMigration(database.ConnectionString);
        using var migrationLock = provider.HoldMigrationLock(database.ConnectionString);

        var upgrader = provider.MigrationTarget(database.ConnectionString)
            .WithScripts(Scripts(provider.MigrationsFolder))
            .WithTransactionPerScript()
            .LogTo(_logger)
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Database migration failed in {result.ErrorScript?.Name}.", result.Error);
        }

        var applied = result.Scripts.Count();
        _logger.LogInformation("Database migrated: {Applied} script(s) applied", applied);
        return applied;
    }

    /// <summary>
    /// The embedded scripts of one folder, named by file (0001_initial_schema.sql) so the journal
    /// does not depend on the assembly's namespace.
    /// </summary>
    internal static IReadOnlyList<SqlScript> Scripts(string folder)
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        var prefix = $"Migrations/{folder}/";
        var scripts = new List<SqlScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            scripts.Add(new SqlScript(name[prefix.Length..], reader.ReadToEnd()));
        }

        return scripts.OrderBy(script => script.Name, StringComparer.Ordinal).ToList();
    }
}
