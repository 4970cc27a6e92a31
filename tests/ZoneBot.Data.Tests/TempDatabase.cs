using Microsoft.Data.Sqlite;
using ZoneBot.Data;

namespace ZoneBot.Data.Tests;

/// <summary>
/// A real SQLite file in a temp folder of its own, deleted afterwards. The file sits in a
/// sub-folder that does not exist yet, as a first start on a fresh machine would find it.
/// </summary>
public class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "zonebot-tests-" + Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "zonebot.db");
        Database = new Database(new DatabaseOptions { Provider = "sqlite", ConnectionString = $"Data Source={FilePath}" });
    }

    public string Folder { get; }

    public string FilePath { get; }

    public Database Database { get; }

    public int Migrate() => new DatabaseMigrator(Database).Migrate();

    public void Dispose()
    {
        // Pooled connections keep the file (and its -wal, -shm) open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A migrated database with the demo data loaded, shared by a test class.</summary>
public sealed class SeededDatabase : TempDatabase, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        Migrate();
        await new DemoDataSeeder(Database).SeedAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
