using ZoneBot.Data.WeCom;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.WeCom;

/// <summary>
/// A reply's numbered choices and a kept image are written through SQLite's one writer, not beside it: twenty conversations
/// answered at once each keep their own choices, each save a batch of the writer.
/// </summary>
public sealed class WeComWriterTests : IAsyncLifetime
{
    private readonly MigratedDatabase<SqliteProvider> _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Choices_and_images_saved_at_once_are_each_a_batch_of_the_one_writer_and_each_kept()
    {
        var offered = new WeComOfferedActions(_database.Database, TimeProvider.System);
        var media = new WeComMedia(_database.Database, TimeProvider.System);
        var batches = _database.Database.GroupCommit!.Batches;

        await AtOnce.RunAsync(20, async i =>
        {
            await offered.SaveAsync($"conversation-{i}", [new OfferedAction($"选项{i}", $"choice-{i}")]);
            await media.StoreAsync(new WeComMediaFile($"image-{i:D2}-0123456789abcdef", $"user-{i}", $"photo-{i}.jpg", "image/jpeg", [(byte)i, 1, 2]));
            return i;
        });

        Assert.Equal(40, _database.Database.GroupCommit.Batches - batches);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal($"choice-{i}", Assert.Single(await offered.FindAsync($"conversation-{i}")).Value);
            Assert.Equal((byte)i, (await media.FindAsync($"image-{i:D2}-0123456789abcdef"))!.Content[0]);
        }
    }
}
