using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using ZoneBot.Data.Sqlite;

namespace ZoneBot.Data.Tests.Sqlite;

/// <summary>
/// Issue 15 (memory): every pooled SQLite connection keeps a page cache of its own, so the host bounds each one; a
/// connection that has read a table several times the bound holds no more than the bound.
/// </summary>
public sealed class SqlitePageCacheTests : FreshSqliteDatabase
{
    private const int CacheUsed = 1; // SQLITE_DBSTATUS_CACHE_USED: the bytes the connection's page cache holds.

    [Fact]
    public async Task A_connection_that_read_a_large_table_holds_no_more_pages_than_its_bound()
    {
        const int bound = SqlitePageCache.Kibibytes * 1024;
        await using (var writer = await Temp.Database.OpenAsync())
        {
            await writer.ExecuteAsync("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
            await using var transaction = await writer.BeginTransactionAsync();
            var body = new string('x', 3000);
            for (var id = 0; id < 4 * bound / 3000; id++)
            {
                await writer.ExecuteAsync("INSERT INTO notes (id, body) VALUES (@id, @body)", new { id, body }, transaction);
            }
            await transaction.CommitAsync();
        }

        await using var reader = (SqliteConnection)await Temp.Database.OpenAsync();
        var read = await reader.ExecuteScalarAsync<long>("SELECT sum(length(body)) FROM notes");

        Assert.True(read > 3 * bound, $"the table ({read} bytes) is several times the bound");
        Assert.Equal(-SqlitePageCache.Kibibytes, await reader.ExecuteScalarAsync<long>("PRAGMA cache_size"));
        Assert.Equal(0, raw.sqlite3_db_status(reader.Handle, CacheUsed, out var used, out _, 0));
        Assert.InRange(used, 1, bound + 64 * 1024);
    }
}
