using Dapper;
using ZoneBot.Data;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests;

/// <summary>How a connection is opened and the settings are read; the SQLite file's own set-up.</summary>
public sealed class DatabaseTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _temp = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _temp.DisposeAsync();

    [Fact]
    public async Task Migrating_creates_the_missing_folder_and_SQLite_file_but_opening_never_does()
    {
        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => _temp.Database.OpenAsync());
        Assert.False(File.Exists(_temp.FilePath));
        Assert.False(_temp.Database.Exists());

        _temp.Migrate();
        await using var connection = await _temp.Database.OpenAsync();

        Assert.True(File.Exists(_temp.FilePath));
        Assert.True(_temp.Database.Exists());
    }

    [Fact]
    public async Task Every_SQLite_connection_enforces_foreign_keys_and_waits_when_busy()
    {
        _temp.Migrate();
        await using var connection = await _temp.Database.OpenAsync();

        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Equal(5000L, await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task A_connection_taken_again_from_the_pool_keeps_its_settings_without_setting_them_again()
    {
        _temp.Migrate();
        object? first;
        await using (var connection = await _temp.Database.OpenAsync())
        {
            first = ((Microsoft.Data.Sqlite.SqliteConnection)connection).Handle;
            // Changed behind the provider's back: only a provider that sets them on every open would put it back.
            await connection.ExecuteAsync("PRAGMA cache_size=-1024");
        }

        await using var again = await _temp.Database.OpenAsync();

        Assert.Same(first, ((Microsoft.Data.Sqlite.SqliteConnection)again).Handle);
        Assert.Equal(-1024L, await again.ExecuteScalarAsync<long>("PRAGMA cache_size"));
        Assert.Equal(1L, await again.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Equal(2L, await again.ExecuteScalarAsync<long>("PRAGMA synchronous"));
        Assert.Equal(5000L, await again.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
    }

    [Theory]
    [InlineData(" SQLite ", "sqlite")]
    [InlineData("postgres", "postgres")]
    [InlineData("PostgreSQL", "postgres")]
    public void The_provider_name_is_read_as_people_write_it(string written, string expected)
    {
        var database = new Database(new DatabaseOptions { Provider = written, ConnectionString = "Data Source=:memory:" });

        Assert.Equal(expected, database.ProviderName);
    }

    [Theory]
    [InlineData("mysql")]
    [InlineData("")]
    public void An_unknown_provider_is_refused(string provider)
    {
        Assert.Throws<NotSupportedException>(() => new Database(new DatabaseOptions { Provider = provider, ConnectionString = "Data Source=x.db" }));
    }

    [Fact]
    public void An_empty_connection_string_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Database(new DatabaseOptions { ConnectionString = " " }));
    }
}
