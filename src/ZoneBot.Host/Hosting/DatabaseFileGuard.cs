using ZoneBot.Data;
using ZoneBot.Data.Backups;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// Tells `db restore` that a host runs on the SQLite file: holds the file's shared lock (<see cref="DatabaseFileLock"/>)
/// from before the migrations until the host stops. A host does not start while a restore is replacing the file.
/// Nothing to hold on PostgreSQL.
/// </summary>
public sealed class DatabaseFileGuard(Database database, ILogger<DatabaseFileGuard> logger) : IHostedService, IDisposable
{
    private DatabaseFileLock? _lock;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (SqliteFiles.PathOf(database) is not { } path)
        {
            return Task.CompletedTask;
        }
        _lock = DatabaseFileLock.TryShared(path)
            ?? throw new InvalidOperationException($"A restore is replacing {path}; start the host again once it is done.");
        logger.LogDebug("Holding {LockFile} while the host runs", DatabaseFileLock.PathFor(path));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }
}
