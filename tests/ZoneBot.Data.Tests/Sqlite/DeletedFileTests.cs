using Dapper;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Sqlite;

/// <summary>
/// A connection kept open goes on reading and writing a file deleted under it, as SQLite does; the file's watcher stops
/// the host a moment later. What the writer commits in that moment would be lost, so it is refused, not confirmed.
/// </summary>
public sealed class DeletedFileTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _temp = new();

    public Task InitializeAsync()
    {
        _temp.Migrate();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _temp.DisposeAsync();

    [Fact]
    public async Task A_write_after_the_file_was_deleted_is_refused_even_on_connections_still_open()
    {
        const string insert = "INSERT INTO chat_references (channel_id, user_id, reference, updated_at) VALUES ('webchat', @user, '{}', '2026-12-02T09:00:00Z')";
        await using var stillOpen = await _temp.Database.OpenAsync();
        // The writer's connection is kept open for its next batch.
        Assert.Equal(1, await _temp.Database.ExecuteWriteAsync(insert, new { user = "before" }));

        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_temp.FilePath)!))
        {
            File.Delete(file);
        }

        await Assert.ThrowsAsync<DatabaseUnavailableException>(() => _temp.Database.ExecuteWriteAsync(insert, new { user = "after" }));
        Assert.Equal(1L, await stillOpen.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM chat_references WHERE user_id = 'before'"));
        Assert.False(File.Exists(_temp.FilePath));
    }
}
