using ZoneBot.Testing;

namespace ZoneBot.Data.Tests;

/// <summary>
/// The demo zone on SQLite only, for the officers, outbox, workflow and report tests that have not yet been written
/// against both providers (see <see cref="SeededDatabase{TProvider}"/>).
/// </summary>
public sealed class SeededDatabase : IAsyncLifetime, IDisposable
{
    private readonly SeededDatabase<SqliteProvider> _inner = new();

    public Database Database => _inner.Database;

    public string ConnectionString => _inner.Test.ConnectionString;

    public Task InitializeAsync() => _inner.InitializeAsync();

    public Task DisposeAsync() => _inner.DisposeAsync();

    // Some tests own one with `using`; deleting the file is quick and synchronous enough.
    public void Dispose() => _inner.DisposeAsync().GetAwaiter().GetResult();
}
