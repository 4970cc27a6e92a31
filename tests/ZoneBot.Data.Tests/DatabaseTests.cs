using Dapper;
using ZoneBot.Data;

namespace ZoneBot.Data.Tests;

public class DatabaseTests : IClassFixture<TempDatabase>
{
    private readonly TempDatabase _temp;

    public DatabaseTests(TempDatabase temp) => _temp = temp;

    [Fact]
    public async Task Opening_creates_the_missing_folder_of_the_file()
    {
        await using var connection = await _temp.Database.OpenAsync();

        Assert.True(File.Exists(_temp.FilePath));
    }

    [Fact]
    public async Task Every_connection_enforces_foreign_keys_and_waits_when_busy()
    {
        await using var connection = await _temp.Database.OpenAsync();

        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Equal(5000L, await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
    }

    [Fact]
    public void The_provider_name_is_read_as_people_write_it()
    {
        var database = new Database(new DatabaseOptions { Provider = " SQLite ", ConnectionString = "Data Source=:memory:" });

        Assert.Equal("sqlite", database.ProviderName);
    }

    [Theory]
    [InlineData("postgres")]
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
