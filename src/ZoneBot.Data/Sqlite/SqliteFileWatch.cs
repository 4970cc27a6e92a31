using Microsoft.Data.Sqlite;

namespace ZoneBot.Data.Sqlite;

/// <summary>
/// Tells when the SQLite file is deleted, renamed away, or replaced by another file (moved over it, or created
/// again after a delete) while the host runs. SQLite would not: open connections go on writing into the deleted
/// file, whose data vanish when they close.
/// </summary>
internal sealed class SqliteFileWatch : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly string _file;
    private readonly Action<string> _lost;

    public SqliteFileWatch(string file, Action<string> lost)
    {
        _file = file;
        _lost = lost;
        // Names only: changes to the content (every write) are none of its business.
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(file)!, Path.GetFileName(file))
        {
            NotifyFilter = NotifyFilters.FileName,
        };
        _watcher.Deleted += (_, _) => Lose("deleted");
        _watcher.Created += (_, _) => Lose("replaced");
        _watcher.Renamed += (_, change) => Lose(string.Equals(change.FullPath, _file, StringComparison.Ordinal) ? "replaced" : "moved away");
        _watcher.Error += (_, _) => CheckStillThere();
        _watcher.EnableRaisingEvents = true;
    }

    private void Lose(string what)
    {
        // The connections still open on the old file must not be handed out again.
        SqliteConnectionPool.ClearAll();
        _lost($"The SQLite file {Path.GetFileName(_file)} was {what} while the host ran; nothing more is written until it is restored and the host restarted.");
    }

    private void CheckStillThere()
    {
        if (!File.Exists(_file))
        {
            Lose("deleted");
        }
    }

    public void Dispose() => _watcher.Dispose();
}
