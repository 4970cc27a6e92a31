using System.Globalization;
using Microsoft.Data.Sqlite;
using ZoneBot.Data.Sqlite;

namespace ZoneBot.Data.Backups;

/// <summary>
/// Backups of the SQLite database while the bot runs, and restoring one. The copy goes through SQLite's online
/// backup API, which reads one consistent snapshot (a WAL database keeps taking writes meanwhile); copying the file
/// itself mid-write would give a broken copy. Every copy is checked by <see cref="BackupVerifier"/> before it counts.
/// </summary>
public static class SqliteBackups
{
    /// <summary>
    /// Copies the live database to <paramref name="destination"/> (a new file) and checks the copy. The copy is made
    /// under a temporary name and renamed only once sound, so a file of that name is always a whole backup.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not SQLite, no database file, or the destination exists.</exception>
    public static BackupReport Backup(Database database, string destination)
    {
        var source = RequireFile(database);
        destination = Path.GetFullPath(destination);
        if (File.Exists(destination))
        {
            throw new InvalidOperationException($"{destination} exists already; give a new file name.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var partial = destination + ".partial";
        File.Delete(partial);
        try
        {
            Copy(source, partial);
            var report = BackupVerifier.Verify(partial);
            if (!report.IsSound)
            {
                return report with { Path = destination };
            }
            File.Move(partial, destination);
            return report with { Path = destination };
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Puts <paramref name="backup"/> in place of the database, once it is checked and while no host runs on the file;
    /// the file it replaces (with its -wal and -shm, as they were) is kept beside it as
    /// zonebot.db.replaced-yyyyMMdd-HHmmss (zone time).
    /// </summary>
    public static RestoreOutcome Restore(Database database, string backup, DateTimeOffset now)
    {
        var target = PathOf(database);
        if (string.Equals(Path.GetFullPath(backup), target, StringComparison.Ordinal))
        {
            return RestoreOutcome.Refused(BackupReport.Failed(target, "It is the database itself."), $"The backup was not restored. {target} is the database itself.");
        }
        var report = BackupVerifier.Verify(Path.GetFullPath(backup));
        if (!report.IsSound)
        {
            return RestoreOutcome.Refused(report, $"The backup was not restored. {report.Problem}");
        }
        using var exclusive = DatabaseFileLock.TryExclusive(target);
        if (exclusive is null)
        {
            return RestoreOutcome.Refused(report,
                $"A ZoneBot host is running on {target}. Stop it first (systemctl stop zonebot), then restore; nothing was changed.");
        }

        // This process's own pooled connections would keep the old file open.
        SqliteConnectionPool.ClearAll();
        // The backup is copied beside the database first, so that the swap itself is two renames on one disk.
        var restoring = target + ".restoring";
        File.Copy(report.Path, restoring, overwrite: true);
        string? kept = null;
        if (File.Exists(target))
        {
            kept = $"{target}.replaced-{ZoneBot.Domain.ZoneTime.ToZoneTime(now).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
            foreach (var suffix in FileSet.Where(suffix => File.Exists(target + suffix)))
            {
                File.Move(target + suffix, kept + suffix);
            }
        }
        File.Move(restoring, target);
        return new RestoreOutcome(report, null, kept);
    }

    /// <summary>A SQLite database is its file and, beside it, the write-ahead log and its index (or a rollback journal).</summary>
    private static readonly string[] FileSet = [string.Empty, "-wal", "-shm", "-journal"];

    /// <summary>The file of the configured SQLite database, which must exist.</summary>
    public static string RequireFile(Database database)
    {
        var path = PathOf(database);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"There is no database file at {path}.");
        }
        return path;
    }

    private static string PathOf(Database database) =>
        SqliteFiles.PathOf(database)
        ?? throw new InvalidOperationException("Backups here are of a SQLite file; on PostgreSQL use pg_dump and pg_restore (docs/deployment.md).");

    private static void Copy(string source, string destination)
    {
        using var from = SqliteFiles.Open(source, readOnly: false);
        using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString()))
        {
            to.Open();
            from.BackupDatabase(to);
            // The copy is one self-contained file: no -wal beside it to forget when it is moved or copied.
            using var command = to.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            command.ExecuteScalar();
        }
    }
}
