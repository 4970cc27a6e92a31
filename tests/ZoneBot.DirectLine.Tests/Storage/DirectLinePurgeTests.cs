using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Domain;
using ZoneBot.DirectLine.Storage;
using ZoneBot.Testing;

namespace ZoneBot.DirectLine.Tests.Storage;

public sealed class SqliteDirectLinePurgeTests : DirectLinePurgeTests<SqliteProvider>;

public sealed class PostgresDirectLinePurgeTests : DirectLinePurgeTests<PostgresProvider>;

/// <summary>
/// Issue 14, point 4: the chat page's data do not stay forever. A conversation idle past the cutoff loses what was said
/// and its uploads (a ticket's photo excepted); a token's conversation that never started goes after a day.
/// </summary>
public abstract class DirectLinePurgeTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly SeededDatabase<TProvider> _database = new();
    private readonly FakeTimeProvider _clock = new(Start);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task Idle_and_unstarted_conversations_are_purged_and_a_tickets_photo_is_kept()
    {
        var database = _database.Database;
        var conversations = new DirectLineConversations(database, _clock);
        var activities = new DirectLineActivities(database, _clock);
        var files = new DirectLineAttachments(database, _clock);

        await conversations.CreateAsync("old", "dl_old", "zh-CN");
        await conversations.TryStartAsync("old", null);
        await activities.AppendFromClientAsync("old", null, (id, _) => $$"""{"id":"{{id}}","text":"我叫宋江，电话13900000301"}""");
        await files.StoreAsync(Photo("kept-photo", "old"));
        await files.StoreAsync(Photo("loose-photo", "old"));
        await FileTicketWithPhotoAsync(database, "http://localhost:3978/v3/directline/attachments/kept-photo");
        await conversations.CreateAsync("never-started", "dl_tokens_only", null);

        _clock.Advance(TimeSpan.FromDays(20));
        await conversations.CreateAsync("recent", "dl_recent", "zh-CN");
        await conversations.TryStartAsync("recent", null);
        await activities.AppendFromClientAsync("recent", null, (id, _) => $$"""{"id":"{{id}}","text":"你好"}""");
        await conversations.CreateAsync("stale-token", "dl_stale", null);

        _clock.Advance(TimeSpan.FromDays(11));
        await conversations.CreateAsync("fresh-token", "dl_fresh", null);
        _clock.Advance(TimeSpan.FromHours(1));
        var now = _clock.GetUtcNow();
        await new DirectLinePurge(database).PurgeAsync(now.AddDays(-30), now.AddHours(-24));

        await using var connection = await database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM direct_line_activities WHERE conversation_id = 'old'"));
        Assert.Equal(["kept-photo"], await connection.QueryAsync<string>("SELECT id FROM direct_line_attachments ORDER BY id"));
        Assert.Equal(["fresh-token", "old", "recent"], await connection.QueryAsync<string>("SELECT id FROM direct_line_conversations ORDER BY id"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM direct_line_activities WHERE conversation_id = 'recent'"));
    }

    [DatabaseFact]
    public async Task A_conversation_with_nothing_left_is_removed_whole()
    {
        var database = _database.Database;
        var conversations = new DirectLineConversations(database, _clock);
        await conversations.CreateAsync("gone", "dl_gone", "zh-CN");
        await new DirectLineAttachments(database, _clock).StoreAsync(Photo("unused", "gone"));

        _clock.Advance(TimeSpan.FromDays(40));
        var now = _clock.GetUtcNow();
        await new DirectLinePurge(database).PurgeAsync(now.AddDays(-30), now.AddHours(-24));

        Assert.Null(await conversations.FindAsync("gone"));
    }

    private static StoredAttachment Photo(string id, string conversationId) => new()
    {
        Id = id, ConversationId = conversationId, Name = "现场.png", ContentType = "image/png", Content = [1, 2, 3],
    };

    private async Task FileTicketWithPhotoAsync(Database database, string url)
    {
        await using var connection = await database.OpenAsync();
        var firmId = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM firms");
        await new TicketFiling(database, new DeadlinePolicy(new DeadlineOptions()), _clock, NullLogger<TicketFiling>.Instance).FileAsync(new NewTicket(
            firmId, TicketCategory.Other, "园区路灯不亮", null, Urgency.Normal, "张经理", "13805741234", null,
            [new NewTicketAttachment("现场.png", "image/png", url)], "directline", "dl_old"));
    }
}
