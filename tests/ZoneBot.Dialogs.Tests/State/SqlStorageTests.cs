using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json.Linq;
using ZoneBot.Data;
using ZoneBot.Dialogs.Core;
using ZoneBot.Data.State;
using ZoneBot.Bot.State;
using ZoneBot.Testing;

namespace ZoneBot.Dialogs.Tests.State;

public sealed class SqliteSqlStorageTests(MigratedDatabase<SqliteProvider> migrated) : SqlStorageTests<SqliteProvider>(migrated);

public sealed class PostgresSqlStorageTests(MigratedDatabase<PostgresProvider> migrated) : SqlStorageTests<PostgresProvider>(migrated);

/// <summary>The IStorage contract as the Bot Framework documents it, on each provider.</summary>
public abstract class SqlStorageTests<TProvider>(MigratedDatabase<TProvider> migrated) : IClassFixture<MigratedDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly SqlStorage _storage = NewStorage(migrated.Database);
    private readonly string _key = "test/conversations/" + Guid.NewGuid().ToString("N");

    [DatabaseFact]
    public async Task Reading_unknown_keys_finds_nothing_and_deleting_them_is_harmless()
    {
        Assert.Empty(await _storage.ReadAsync([_key, _key + "/other"]));

        await _storage.DeleteAsync([_key]);
        await _storage.DeleteAsync([]);
    }

    [DatabaseFact]
    public async Task The_first_write_sets_an_etag_and_every_update_changes_it()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Note { Text = "第一次" } });
        var first = await ReadAsync<Note>(_key);
        first.Text = "第二次";
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = first });
        var second = await ReadAsync<Note>(_key);

        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.NotEqual(first.ETag, second.ETag);
        Assert.Equal("第二次", second.Text);
    }

    [DatabaseFact]
    public async Task An_item_written_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Note { Text = "original" } });
        var mine = await ReadAsync<Note>(_key);
        var theirs = await ReadAsync<Note>(_key);
        theirs.Text = "theirs";
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = theirs });

        mine.Text = "mine";
        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, object> { [_key] = mine }));

        Assert.Equal(_key, conflict.Key);
        Assert.Equal("theirs", (await ReadAsync<Note>(_key)).Text);
    }

    [DatabaseFact]
    public async Task A_dictionary_or_JObject_with_a_stale_eTag_is_refused()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Dictionary<string, object> { ["count"] = 1L } });
        var stale = await ReadAsync<IDictionary<string, object>>(_key);
        var json = JObject.FromObject(new { count = 3, eTag = (string)stale["eTag"] });
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Dictionary<string, object>(stale) { ["count"] = 2L } });

        await Assert.ThrowsAsync<ETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, object> { [_key] = stale }));
        await Assert.ThrowsAsync<ETagConflictException>(() => _storage.WriteAsync(new Dictionary<string, object> { [_key] = json }));
        Assert.Equal(2L, (await ReadAsync<IDictionary<string, object>>(_key))["count"]);
    }

    [DatabaseTheory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task An_etag_of_star_or_none_forces_the_write(string? etag)
    {
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Note { Text = "original" } });
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Note { Text = "changed" } });

        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Note { Text = "forced", ETag = etag } });
        await _storage.WriteAsync(new Dictionary<string, object> { [_key + "/plain"] = new Dictionary<string, object> { ["text"] = "no etag" } });

        Assert.Equal("forced", (await ReadAsync<Note>(_key)).Text);
    }

    [DatabaseFact]
    public async Task Deleted_items_are_gone()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Note { Text = "x" }, [_key + "/2"] = new Note() });

        await _storage.DeleteAsync([_key, _key + "/2", _key + "/never-written"]);

        Assert.Empty(await _storage.ReadAsync([_key, _key + "/2"]));
    }

    [DatabaseTheory]
    [InlineData("msteams/conversations/19:会议室@thread.v2/users/张三")]
    [InlineData("a'quote\"and\\backslash")]
    [InlineData("100%_wild*cards?[]")]
    [InlineData("emoji 🙂 and spaces\nand a newline")]
    [InlineData("")]
    public async Task Keys_with_any_characters_round_trip(string oddKey)
    {
        var key = oddKey + "#" + Guid.NewGuid().ToString("N")[..6];

        await _storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = key } });
        var read = await _storage.ReadAsync([key]);

        Assert.Equal(key, Assert.IsType<Note>(read[key]).Text);
        await _storage.DeleteAsync([key]);
        Assert.Empty(await _storage.ReadAsync([key]));
    }

    [DatabaseFact]
    public async Task A_state_of_a_megabyte_is_stored_whole()
    {
        var large = string.Join("、", Enumerable.Range(0, 90_000).Select(i => $"园区{i}"));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(large) > 1024 * 1024);
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Note { Text = large } });

        Assert.Equal(large, (await ReadAsync<Note>(_key)).Text);
    }

    [DatabaseFact]
    public async Task State_is_stored_without_type_names_inside_and_reads_back_into_its_types()
    {
        var note = new Note { Text = "2026-11-28", Count = 3, When = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8)) };
        await _storage.WriteAsync(new Dictionary<string, object> { [_key] = new Dictionary<string, object> { ["note"] = note, ["list"] = new List<Note> { note } } });

        var read = (IDictionary<string, object>)(await NewStorage(migrated.Database).ReadAsync([_key]))[_key];
        var stored = (await new BotStateStore(migrated.Database, TimeProvider.System).ReadAsync([_key])).Single().Data;

        // Only the item says what it is (BotState's dictionary); what the dialogs keep in it is plain JSON.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(stored, "\"[$]type\""));
        Assert.DoesNotContain("$values", stored);
        var back = Assert.IsType<JObject>(read["note"]).ToObject<Note>()!;
        Assert.Equal(("2026-11-28", 3, note.When), (back.Text, back.Count, back.When));
        Assert.Equal("2026-11-28", Assert.IsType<JArray>(read["list"]).ToObject<List<Note>>()!.Single().Text);
    }

    [DatabaseFact]
    public async Task State_written_with_type_names_throughout_still_reads_back_typed()
    {
        const string before = """
            {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib",
             "count":{"$type":"System.Int64, System.Private.CoreLib","$value":2},
             "names":{"$type":"System.Collections.Generic.List`1[[System.String, System.Private.CoreLib]], System.Private.CoreLib","$values":["a","b"]}}
            """;
        await new BotStateStore(migrated.Database, TimeProvider.System).WriteAsync(_key, before);

        var read = await ReadAsync<IDictionary<string, object>>(_key);

        Assert.Equal(2L, read["count"]);
        Assert.Equal(["a", "b"], Assert.IsType<List<string>>(read["names"]));
    }

    [DatabaseFact]
    public async Task Of_two_turns_of_one_conversation_at_once_the_second_to_save_is_refused()
    {
        var conversation = Guid.NewGuid().ToString("N");
        // Two instances, each with its own storage and conversation state over the one database.
        var (first, second) = (new ConversationStore(NewStorage(migrated.Database)), new ConversationStore(NewStorage(migrated.Database)));
        var (stepOnFirst, stepOnSecond) = (first.CreateProperty<string>("step"), second.CreateProperty<string>("step"));
        var earlier = Turn(conversation);
        await stepOnFirst.SetAsync(earlier, "start");
        await first.SaveChangesAsync(earlier);

        var (turnA, turnB) = (Turn(conversation), Turn(conversation));
        await stepOnFirst.SetAsync(turnA, await stepOnFirst.GetAsync(turnA) + " → A");
        await stepOnSecond.SetAsync(turnB, await stepOnSecond.GetAsync(turnB) + " → B");
        await first.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<ETagConflictException>(() => second.SaveChangesAsync(turnB));
        Assert.Equal("start → A", await stepOnFirst.GetAsync(Turn(conversation)));
    }

    [DatabaseFact]
    public async Task A_turn_may_save_its_conversation_state_more_than_once()
    {
        var state = new ConversationStore(_storage);
        var step = state.CreateProperty<string>("step");
        var turn = Turn(Guid.NewGuid().ToString("N"));
        await step.SetAsync(turn, "one");
        await state.SaveChangesAsync(turn);
        await state.SaveChangesAsync(Turn(turn.Activity.Conversation.Id));

        await step.SetAsync(turn, "two");
        await state.SaveChangesAsync(turn);
        await state.SaveChangesAsync(turn, force: true);

        Assert.Equal("two", await step.GetAsync(Turn(turn.Activity.Conversation.Id)));
    }

    private static TurnContext Turn(string conversation) => new(new TestAdapter(), new Microsoft.Bot.Schema.Activity
    {
        Type = "message", ChannelId = "test", Conversation = new() { Id = conversation },
        From = new() { Id = "user" }, Recipient = new() { Id = "bot" },
    });

    private static SqlStorage NewStorage(Database database) => new(new BotStateStore(database, TimeProvider.System), TimeProvider.System);

    private async Task<T> ReadAsync<T>(string key) => Assert.IsAssignableFrom<T>((await _storage.ReadAsync([key]))[key]);

    public sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public int Count { get; set; }

        public DateTimeOffset? When { get; set; }

        public string? ETag { get; set; }
    }
}
