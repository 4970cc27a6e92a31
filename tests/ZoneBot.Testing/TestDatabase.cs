using ZoneBot.Data;
using ZoneBot.Data.Demo;

namespace ZoneBot.Testing;

/// <summary>A real, empty database that one test class (or one test) owns; gone after disposal.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    protected TestDatabase(string provider, string connectionString)
    {
        ProviderName = provider;
        ConnectionString = connectionString;
        Database = new Database(new DatabaseOptions { Provider = provider, ConnectionString = connectionString });
    }

    public string ProviderName { get; }

    /// <summary>What a host would be given as Database:ConnectionString.</summary>
    public string ConnectionString { get; }

    public Database Database { get; }

    public int Migrate() => new DatabaseMigrator(Database).Migrate();

    public async Task SeedAsync()
    {
        Migrate();
        await new DemoDataSeeder(Database).SeedAsync();
    }

    public abstract ValueTask DisposeAsync();
}
