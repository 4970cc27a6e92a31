using System.Globalization;
using ZoneBot.Domain;

namespace ZoneBot.Host.Hosting;

/// <summary>The daily backups in their folder: named by the zone's date and time, so that names sort as dates do.</summary>
public sealed class BackupFolder(string path)
{
    private const string Prefix = "zonebot-";
    private const string Extension = ".db";

    public string Path { get; } = path;

    /// <summary>A new backup's file: zonebot-20261202-030000.db, in the zone's time.</summary>
    public string NewFile(DateTimeOffset now) =>
        System.IO.Path.Combine(Path, Prefix + ZoneTime.ToZoneTime(now).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + Extension);

    /// <summary>The backups made here, newest first (only files named as <see cref="NewFile"/> names them).</summary>
    public IReadOnlyList<FileInfo> Backups() =>
        Directory.Exists(Path)
            ? [.. new DirectoryInfo(Path).EnumerateFiles(Prefix + "*" + Extension).OrderByDescending(file => file.Name, StringComparer.Ordinal)]
            : [];

    /// <summary>Deletes all but the newest <paramref name="keep"/>; returns how many went.</summary>
    public int Prune(int keep)
    {
        var old = Backups().Skip(keep).ToList();
        foreach (var file in old)
        {
            file.Delete();
        }
        return old.Count;
    }
}
