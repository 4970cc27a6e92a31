using ZoneBot.Data;

namespace ZoneBot.Testing;

/// <summary>
/// A migrated database on <typeparamref name="TProvider"/>, fresh for each test class that uses it.
/// Where the provider is not available nothing is created: the class's tests are skipped (or fail, in CI).
/// </summary>
public class MigratedDatabase<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private TestDatabase? _database;

    public TProvider Provider { get; } = new();

    public TestDatabase Test => _database ?? throw new InvalidOperationException(Provider.Unavailable ?? "The fixture is not initialised.");

    public Database Database => Test.Database;

    public async Task InitializeAsync()
    {
        if (Provider.Unavailable is not null)
        {
            return;
        }
        _database = await Provider.CreateDatabaseAsync();
        await PrepareAsync(_database);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected virtual Task PrepareAsync(TestDatabase database)
    {
        database.Migrate();
        return Task.CompletedTask;
    }
}

/// <summary>A migrated database with the demo zone loaded.</summary>
public sealed class SeededDatabase<TProvider> : MigratedDatabase<TProvider>
    where TProvider : TestProvider, new()
{
    protected override Task PrepareAsync(TestDatabase database) => database.SeedAsync();
}
