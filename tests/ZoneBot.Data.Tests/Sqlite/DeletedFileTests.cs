using Dapper;

namespace ZoneBot.Data.Tests.Sqlite;

/// <summary>
/// A connection kept open goes on reading and writing a file deleted under it, as SQLite does; the file's watcher stops
/// the host a moment later. What the writer commits in that moment would be lost, so it is refused, not confirmed.
/// </summary>
public sealed class DeletedFileTests : FreshSqliteDatabase
{
    [Fact]
    public async Task A_write_after_the_file_was_deleted_is_refused_even_on_connections_still_open()
    {
        const string insert = "INSERT INTO chat_references (channel_id, user_id, reference, updated_at) VALUES ('webchat', @user, '{}', '2026-12-02T09:00:00Z')";
        await using var stillOpen = await Temp.Database.OpenAsync();
        // The writer's connection is kept open for its next batch.
        Assert.Equal(1, await Temp.Database.ExecuteWriteAsync(insert, new { user = "before" }));

        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Temp.FilePath)!))
        {
            File.Delete(file);
        }

        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => Temp.Database.ExecuteWriteAsync(insert, new { user = "after" }));
        Assert.Equal(1L, await stillOpen.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM chat_references WHERE user_id = 'before'"));
        Assert.False(File.Exists(Temp.FilePath));
    }
}
