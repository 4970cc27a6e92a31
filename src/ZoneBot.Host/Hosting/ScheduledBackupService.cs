using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Data.Backups;
using ZoneBot.Domain;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// The daily backup of the SQLite database at <see cref="BackupOptions.Hour"/> (zone time) into
/// <see cref="BackupOptions.Folder"/>, the same copy as `db backup`, checked the same way; then all but the newest
/// <see cref="BackupOptions.Keep"/> are deleted. Each result is logged. On PostgreSQL, pg_dump does this job.
/// </summary>
public sealed class ScheduledBackupService(Database database, IOptions<BackupOptions> options, TimeProvider time, ILogger<ScheduledBackupService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogWarning("Daily backups are off (Backups:Folder is empty)");
            return;
        }
        if (SqliteFiles.PathOf(database) is null)
        {
            logger.LogInformation("Daily backups are for SQLite; on PostgreSQL schedule pg_dump (docs/deployment.md)");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = NextRun(now, settings.Hour);
            // The wait is started before it is announced, so that a clock moved on right after the announcement (tests do) ends it.
            var wait = Task.Delay(next - now, time, stoppingToken);
            logger.LogInformation("Next database backup at {Next} (zone time)", ZoneTime.ToZoneTime(next).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            try
            {
                await wait;
            }
            catch (OperationCanceledException)
            {
                break;
            }
            await Task.Run(BackUpOnce, stoppingToken);
        }
    }

    /// <summary>One backup into the folder and the pruning after it; null when it failed (logged, never thrown).</summary>
    public BackupReport? BackUpOnce()
    {
        var settings = options.Value;
        try
        {
            var folder = new BackupFolder(settings.FolderFor(SqliteBackups.RequireFile(database)));
            var report = SqliteBackups.Backup(database, folder.NewFile(time.GetUtcNow()));
            if (!report.IsSound)
            {
                logger.LogError("The database backup failed its check and was not kept: {Problem}", report.Problem);
                return null;
            }
            var pruned = folder.Prune(settings.Keep);
            logger.LogInformation(
                "Database backed up to {File}: {Bytes} bytes, integrity ok, {Tickets} tickets, last migration {Migration}; {Pruned} old backup(s) deleted",
                report.Path, report.Bytes, report.Tickets, report.LastMigration, pruned);
            return report;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            logger.LogError(exception, "The database backup failed; trying again tomorrow at {Hour}:00", settings.Hour);
            return null;
        }
    }

    /// <summary>The next time the zone's clock shows <paramref name="hour"/>:00, after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, int hour)
    {
        var zoneNow = ZoneTime.ToZoneTime(now);
        var today = new DateTimeOffset(zoneNow.Year, zoneNow.Month, zoneNow.Day, hour, 0, 0, ZoneTime.Offset);
        return today > zoneNow ? today : today.AddDays(1);
    }
}
