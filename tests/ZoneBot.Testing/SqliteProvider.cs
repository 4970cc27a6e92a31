using Microsoft.Data.Sqlite;

namespace ZoneBot.Testing;

/// <summary>SQLite: always there.</summary>
public sealed class SqliteProvider : TestProvider
{
    public override string Name => "sqlite";

    public override string? Unavailable => null;

    public override string SelectTableNames => "SELECT name FROM sqlite_master WHERE type = 'table'";

    public override string SelectIndexNames => "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = @table";

    public override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}

/// <summary>
/// A SQLite file in a temp folder of its own, deleted afterwards. The file sits in a sub-folder that
/// does not exist yet, as a first start on a fresh machine would find it.
/// </summary>
public sealed class SqliteTestDatabase() : TestDatabase("sqlite", $"Data Source={PathIn(NewFolder)}")
{
    private static string NewFolder => Path.Combine(Path.GetTempPath(), "zonebot-tests-" + Guid.NewGuid().ToString("N"));

    public string FilePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public string Folder => Path.GetDirectoryName(Path.GetDirectoryName(FilePath)!)!;

    public override async ValueTask DisposeAsync()
    {
        // The writer's connection and the pooled ones keep the file (and its -wal, -shm) open.
        await Database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
        GC.SuppressFinalize(this);
    }

    private static string PathIn(string folder) => Path.Combine(folder, "data", "zonebot.db");
}
