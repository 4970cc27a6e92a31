using Dapper;
using Microsoft.Data.Sqlite;
using ZoneBot.Data.Sqlite;

namespace ZoneBot.Data.Backups;

/// <summary>
/// Opens a SQLite backup read-only and says whether it can be trusted: SQLite's integrity check passes and its
/// migration journal is one this build knows (an older one is fine, the host migrates it forward at start; one from a
/// newer build is not, scripts never run backwards).
/// </summary>
public static class BackupVerifier
{
    private const string CountTickets = "SELECT COUNT(*) FROM tickets";

    public static BackupReport Verify(string path)
    {
        if (!File.Exists(path))
        {
            return BackupReport.Failed(path, $"There is no file {path}.");
        }
        var bytes = new FileInfo(path).Length;
        try
        {
            using var connection = SqliteFiles.Open(path, readOnly: true);
            var integrity = connection.Query<string>("PRAGMA integrity_check").ToList();
            if (integrity is not ["ok"])
            {
                return BackupReport.Failed(path, "SQLite's integrity check found damage: " + string.Join("; ", integrity.Take(5)));
            }
            var hasJournal = connection.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name", new { name = DatabaseMigrator.JournalTable }) == 1;
            if (!hasJournal)
            {
                return BackupReport.Failed(path, "It is a SQLite file but not a ZoneBot database (no migration journal).");
            }
            var applied = MigrationJournal.Applied(connection);
            var known = DatabaseMigrator.Scripts(new SqliteDatabaseProvider().MigrationsFolder).Select(script => script.Name).ToList();
            var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                return new BackupReport(path, bytes, $"It was made by a newer ZoneBot (migration {unknown[0]} is unknown to this one); upgrade first.", applied, 0, 0);
            }
            var tickets = connection.ExecuteScalar<long>(CountTickets);
            return new BackupReport(path, bytes, null, applied, known.Except(applied, StringComparer.Ordinal).Count(), tickets);
        }
        catch (SqliteException exception)
        {
            return BackupReport.Failed(path, $"It cannot be read as a ZoneBot database: {exception.Message}");
        }
    }
}
