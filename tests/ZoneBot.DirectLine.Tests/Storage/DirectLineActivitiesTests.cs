using ZoneBot.DirectLine.Storage;
using ZoneBot.Testing;

namespace ZoneBot.DirectLine.Tests.Storage;

public sealed class SqliteDirectLineActivitiesTests : DirectLineActivitiesTests<SqliteProvider>;

public sealed class PostgresDirectLineActivitiesTests : DirectLineActivitiesTests<PostgresProvider>;

/// <summary>A Direct Line conversation's activities: numbered in order, read after a watermark, none lost.</summary>
public abstract class DirectLineActivitiesTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    // A database of its own per test: the conversation ids repeat from test to test.
    private readonly MigratedDatabase<TProvider> _database = new();
    private DirectLineConversations _conversations = null!;
    private DirectLineActivities _activities = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        if (_database.Provider.Unavailable is null)
        {
            _conversations = new DirectLineConversations(_database.Database, TimeProvider.System);
            _activities = new DirectLineActivities(_database.Database, TimeProvider.System);
        }
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [DatabaseFact]
    public async Task Activities_are_numbered_one_two_three_within_their_conversation()
    {
        await _conversations.CreateAsync("a", "dl_user1", "zh-CN");
        await _conversations.CreateAsync("b", "dl_user2", "zh-CN");

        var first = await _activities.AppendFromClientAsync("a", null, (id, _) => Json(id));
        var other = await _activities.AppendFromClientAsync("b", null, (id, _) => Json(id));
        var second = await _activities.AppendFromClientAsync("a", null, (id, _) => Json(id));

        Assert.Equal((1, "a|0000001"), (first!.Activity.Sequence, first.Activity.ActivityId));
        Assert.Equal((1, "b|0000001"), (other!.Activity.Sequence, other.Activity.ActivityId));
        Assert.Equal((2, "a|0000002"), (second!.Activity.Sequence, second.Activity.ActivityId));
        Assert.Equal(Json("a|0000002"), second.Activity.Json);
        Assert.False(second.IsRepeat);
    }

    [DatabaseFact]
    public async Task Reading_after_a_watermark_gives_the_later_activities_in_order()
    {
        await _conversations.CreateAsync("c", "dl_user", null);
        for (var i = 0; i < 5; i++)
        {
            await _activities.AppendFromClientAsync("c", null, (id, _) => Json(id));
        }

        var all = await _activities.ListAfterAsync("c", 0);
        var later = await _activities.ListAfterAsync("c", 3);
        var none = await _activities.ListAfterAsync("c", 5);

        Assert.Equal([1L, 2, 3, 4, 5], all.Select(activity => activity.Sequence));
        Assert.Equal(["c|0000004", "c|0000005"], later.Select(activity => activity.ActivityId));
        Assert.Empty(none);
    }

    [DatabaseFact]
    public async Task Simultaneous_appends_get_every_number_once()
    {
        await _conversations.CreateAsync("race", "dl_user", null);

        var appended = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _activities.AppendFromClientAsync("race", null, (id, _) => Json(id))));

        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), appended.Select(activity => activity!.Activity.Sequence).Order());
        Assert.Equal(20, (await _activities.ListAfterAsync("race", 0)).Count);
    }

    [DatabaseFact]
    public async Task An_unknown_conversation_gets_nothing_appended()
    {
        var appended = await _activities.AppendFromClientAsync("nobody", null, (id, _) => Json(id));

        Assert.Null(appended);
        Assert.Empty(await _activities.ListAfterAsync("nobody", 0));
    }

    [DatabaseFact]
    public async Task A_message_sent_again_with_the_clients_own_id_is_kept_once_and_takes_no_number()
    {
        await _conversations.CreateAsync("client", "dl_user", null);
        var logged = await _activities.AppendFromClientAsync("client", "web-chat-1", (id, _) => Json(id));

        var again = await _activities.AppendFromClientAsync("client", "web-chat-1", (id, _) => Json(id));
        var next = await _activities.AppendFromClientAsync("client", "web-chat-2", (id, _) => Json(id));

        Assert.True(again!.IsRepeat);
        Assert.Equal(logged!.Activity, again.Activity);
        Assert.Equal(2, next!.Activity.Sequence);
        Assert.Equal(2, (await _activities.ListAfterAsync("client", 0)).Count);
    }

    [DatabaseFact]
    public async Task The_same_message_sent_many_times_at_once_is_kept_once()
    {
        await _conversations.CreateAsync("resend", "dl_user", null);

        var appended = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() =>
            _activities.AppendFromClientAsync("resend", "web-chat-9", (id, _) => Json(id)))));

        Assert.Single(appended, activity => !activity!.IsRepeat);
        Assert.Single(appended.Select(activity => activity!.Activity.ActivityId).Distinct());
        Assert.Single(await _activities.ListAfterAsync("resend", 0));
    }

    [DatabaseFact]
    public async Task A_turns_replies_get_consecutive_numbers_and_their_ids_and_channel()
    {
        await _conversations.CreateAsync("replies", "dl_user", null);
        await _activities.AppendFromClientAsync("replies", "m1", (id, _) => Json(id));

        var logged = await _activities.AppendRepliesAsync("replies", [Reply("第一句"), Reply("第二句")]);

        Assert.Equal([2L, 3], logged!.Select(activity => activity.Sequence));
        var read = await _activities.ListAfterAsync("replies", 1);
        Assert.Equal(["replies|0000002", "replies|0000003"], read.Select(activity => activity.ActivityId));
        Assert.Contains("\"channelId\":\"directline\"", read[0].Json);
        Assert.Contains("第二句", read[1].Json);
        Assert.Null(await _activities.AppendRepliesAsync("nobody", [Reply("没人")]));
    }

    [DatabaseFact]
    public async Task A_conversation_starts_once_and_keeps_its_user()
    {
        await _conversations.CreateAsync("start", "dl_owner", null);

        var first = await _conversations.TryStartAsync("start", "en-US");
        var again = await _conversations.TryStartAsync("start", "zh-CN");
        var conversation = await _conversations.FindAsync("start");

        Assert.True(first);
        Assert.False(again);
        Assert.Equal("dl_owner", conversation!.UserId);
        Assert.Equal("en-US", conversation.Locale);
        Assert.NotNull(conversation.StartedAt);
        Assert.Null(await _conversations.FindAsync("other"));
    }

    [DatabaseFact]
    public async Task An_uploaded_file_is_kept_whole()
    {
        await _conversations.CreateAsync("files", "dl_user", null);
        var attachments = new DirectLineAttachments(_database.Database, TimeProvider.System);
        byte[] photo = [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 255];

        await attachments.StoreAsync(new StoredAttachment { Id = "f1", ConversationId = "files", Name = "现场.png", ContentType = "image/png", Content = photo });
        var found = await attachments.FindAsync("f1");

        Assert.Equal(("现场.png", "image/png", "files"), (found!.Name, found.ContentType, found.ConversationId));
        Assert.Equal(photo, found.Content);
        Assert.Null(await attachments.FindAsync("f2"));
    }

    private static Microsoft.Bot.Schema.Activity Reply(string text) => new(Microsoft.Bot.Schema.ActivityTypes.Message) { Text = text };

    private static string Json(string id) => $$"""{"id":"{{id}}"}""";
}
