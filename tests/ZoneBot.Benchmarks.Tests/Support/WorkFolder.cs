namespace ZoneBot.Benchmarks.Tests.Support;

/// <summary>A folder of the test's own for the benchmark's SQLite files, deleted afterwards.</summary>
public sealed class WorkFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zonebot-bench-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
