
namespace ZoneBot.Data.Backups;

/// <summary>
/// Who is using a SQLite file, told by a lock file beside it (zonebot.db.lock): every running host holds a shared
/// lock on it, a restore an exclusive one. The operating system's file locks (flock on Linux) vanish with the
/// process, so a host that crashed leaves nothing stale behind, and no guess from timestamps or process ids is needed.
/// </summary>
public sealed class DatabaseFileLock : IDisposable
{
    private readonly FileStream _stream;

    private DatabaseFileLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file of a database file.</summary>
    public static string PathFor(string databasePath) => databasePath + ".lock";

    /// <summary>A host's lock: many hosts may hold it at once; null while a restore holds the file.</summary>
    public static DatabaseFileLock? TryShared(string databasePath) =>
        TryOpen(databasePath, FileAccess.Read, FileShare.ReadWrite);

    /// <summary>A restore's lock: null while any host holds the file (or another restore).</summary>
    public static DatabaseFileLock? TryExclusive(string databasePath) =>
        TryOpen(databasePath, FileAccess.ReadWrite, FileShare.None);

    public void Dispose() => _stream.Dispose();

    private static DatabaseFileLock? TryOpen(string databasePath, FileAccess access, FileShare share)
    {
        var path = PathFor(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None takes an exclusive lock, anything else a shared one (on Windows the sharing mode does the same).
            return new DatabaseFileLock(new FileStream(path, FileMode.OpenOrCreate, access, share));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
