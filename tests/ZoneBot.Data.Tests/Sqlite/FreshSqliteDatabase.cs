using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Sqlite;

/// <summary>A test class whose every test gets a SQLite file of its own, migrated, deleted afterwards.</summary>
public abstract class FreshSqliteDatabase : IAsyncLifetime
{
    protected SqliteTestDatabase Temp { get; } = new();

    public Task InitializeAsync()
    {
        Temp.Migrate();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Temp.DisposeAsync();
}
