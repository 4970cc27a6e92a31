using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Host.Hosting;

/// <summary>The daily backup of the SQLite database: the <c>Backups</c> section of appsettings.json.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backups";

    /// <summary>
    /// Where the daily backups go; a relative path is taken from the database file's folder (data/backups beside
    /// data/zonebot.db). Empty turns the daily backup off. Another disk is better: a backup beside the file dies with it.
    /// </summary>
    public string Folder { get; set; } = "backups";

    /// <summary>The zone's hour (0–23) at which the backup is made: a quiet one.</summary>
    [Range(0, 23)]
    public int Hour { get; set; } = 3;

    /// <summary>How many daily backups are kept; older ones are deleted after each new one.</summary>
    [Range(1, 3650)]
    public int Keep { get; set; } = 14;

    public bool Enabled => !string.IsNullOrWhiteSpace(Folder);

    /// <summary>The folder as a full path, for the database file at <paramref name="databasePath"/>.</summary>
    public string FolderFor(string databasePath) =>
        Path.GetFullPath(Folder, Path.GetDirectoryName(databasePath) ?? Directory.GetCurrentDirectory());
}
