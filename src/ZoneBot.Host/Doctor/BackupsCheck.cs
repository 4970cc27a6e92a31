using System.Globalization;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// The daily backup is configured and the newest one is recent (made in the last day and a bit). On PostgreSQL the
/// backups are pg_dump's, which ZoneBot cannot see: a warning that says so.
/// </summary>
public sealed class BackupsCheck : IDoctorCheck
{
    /// <summary>A daily backup older than this means the schedule is not running.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromHours(26);

    public string Name => "backups";

    public Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        var settings = context.Settings<BackupOptions>(BackupOptions.Section);
        return Task.FromResult(context.SqlitePath is { } database
            ? Check(settings, database, context.Time.GetUtcNow())
            : CheckResult.Warn("The database is PostgreSQL: its backups are pg_dump's, which this check cannot see.",
                "Schedule pg_dump (docs/deployment.md, Backups) and keep its files off this machine."));
    }

    private static CheckResult Check(BackupOptions settings, string database, DateTimeOffset now)
    {
        if (!settings.Enabled)
        {
            return CheckResult.Fail("Daily backups are off (Backups:Folder is empty).",
                "Set Backups:Folder, best on another disk (e.g. /var/backups/zonebot), and restart the host.");
        }
        var folder = new BackupFolder(settings.FolderFor(database));
        var schedule = $"daily at {settings.Hour:00}:00 (zone time) into {folder.Path}, keeping {settings.Keep}";
        if (folder.Backups() is not [var newest, ..])
        {
            return CheckResult.Warn($"Backups are {schedule}; none made yet.",
                $"The running host makes the first at {settings.Hour:00}:00; `db backup --out {folder.NewFile(now)}` makes one now.");
        }
        var age = now - new DateTimeOffset(newest.LastWriteTimeUtc, TimeSpan.Zero);
        var last = $"the last, {newest.Name}, is {Age(age)} old ({Cli.DatabaseCommands.Size(newest.Length)})";
        return age > Stale
            ? CheckResult.Fail($"Backups are {schedule}, but {last}: the schedule is not running.",
                "Is the host running (systemctl status zonebot)? Its log says why a backup failed (journalctl -u zonebot | grep -i backup).")
            : CheckResult.Ok($"Backups are {schedule}; {last}.");
    }

    private static string Age(TimeSpan age) => age.TotalHours < 48
        ? Math.Max(0, (int)age.TotalHours).ToString(CultureInfo.InvariantCulture) + " h"
        : ((int)age.TotalDays).ToString(CultureInfo.InvariantCulture) + " days";
}
