using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using ZoneBot.Bot.State;
using ZoneBot.Data;
using ZoneBot.Data.State;
using ZoneBot.Dialogs.Core;
using ZoneBot.Testing;

namespace ZoneBot.Dialogs.Tests.State;

public sealed class SqliteConversationStoreTests(MigratedDatabase<SqliteProvider> migrated) : ConversationStoreTests<SqliteProvider>(migrated);

public sealed class PostgresConversationStoreTests(MigratedDatabase<PostgresProvider> migrated) : ConversationStoreTests<PostgresProvider>(migrated);

/// <summary>
/// The conversation's state over the SQL storage: read once, typed, written only when it changed, with the eTag it was
/// read with; state stored by the Bot Framework's BotState before still loads.
/// </summary>
public abstract class ConversationStoreTests<TProvider>(MigratedDatabase<TProvider> migrated) : IClassFixture<MigratedDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private readonly CountingStorage _storage = new(NewStorage(migrated.Database));
    private readonly string _conversation = Guid.NewGuid().ToString("N");

    private string Key => "test/conversations/" + _conversation;

    [DatabaseFact]
    public async Task A_turn_that_changes_nothing_writes_nothing()
    {
        var (store, dialogs, choices) = NewStore(_storage);
        var first = Turn();
        (await dialogs.GetAsync(first, () => new DialogState())).DialogStack.Add(FilingHalfWay());
        await choices.SetAsync(first, ["一般", "紧急"]);
        await store.SaveChangesAsync(first);
        var etag = await StoredETagAsync();

        var second = Turn();
        var stack = (await dialogs.GetAsync(second, () => new DialogState())).DialogStack;
        Assert.Equal(["一般", "紧急"], await choices.GetAsync(second, () => []));
        await store.SaveChangesAsync(second);
        await store.SaveChangesAsync(second);

        Assert.Equal((1, 2), (_storage.Writes, _storage.Reads));
        Assert.Equal(etag, await StoredETagAsync());
        Assert.Equal(("TicketForm", 2L), (stack[0].Id, stack[0].State["stepIndex"]));

        var third = Turn();
        await choices.SetAsync(third, ["是", "否"]);
        await store.SaveChangesAsync(third);
        Assert.Equal(2, _storage.Writes);
        Assert.NotEqual(etag, await StoredETagAsync());
    }

    [DatabaseFact]
    public async Task State_is_read_once_a_turn_into_the_types_asked_for_and_stored_without_type_names()
    {
        var (store, dialogs, choices) = NewStore(_storage);
        var first = Turn();
        (await dialogs.GetAsync(first, () => new DialogState())).DialogStack.Add(FilingHalfWay());
        await store.SaveChangesAsync(first);

        var (reloaded, reloadedDialogs, reloadedChoices) = NewStore(_storage);
        var turn = Turn();
        var state = await reloadedDialogs.GetAsync(turn);
        Assert.Empty(await reloadedChoices.GetAsync(turn, () => []));
        await reloadedDialogs.GetAsync(turn);

        Assert.Equal(2, _storage.Reads);
        // The draft's type is the dialog's: here it is kept as the JSON it was, its date as the text it was written as.
        var draft = Assert.IsType<System.Text.Json.JsonElement>(Assert.Single(state.DialogStack).State["draft"]);
        Assert.Equal(("园区路灯坏了一个星期", "2026-11-28"), (draft.GetProperty("Description").GetString(), draft.GetProperty("Visit").GetString()));
        var stored = await StoredDataAsync();
        Assert.StartsWith(StateDocument.Marker, stored);
        Assert.DoesNotContain("$type", stored);
    }

    [DatabaseFact]
    public async Task A_prompts_question_is_stored_without_its_null_properties_and_reads_back_as_it_was()
    {
        var (store, dialogs, _) = NewStore(_storage);
        var first = Turn();
        var question = new PromptQuestion("这件事紧急吗？", "一般", "紧急");
        var asked = new DialogInstance
        {
            Id = "ticketForm.choice",
            State = new() { ["options"] = new PromptOptions { Prompt = question, MaxAttempts = 0, HelpAfterAttempts = 2, HelpText = "选“紧急”或“一般”" } },
        };
        (await dialogs.GetAsync(first, () => new DialogState())).DialogStack.Add(asked);
        await store.SaveChangesAsync(first);

        var stored = await StoredDataAsync();
        Assert.Contains("\"Prompt\":{\"Text\":\"这件事紧急吗？\",\"Buttons\":[\"一般\",\"紧急\"]}", stored);
        Assert.DoesNotContain("Speak", stored);
        Assert.DoesNotContain("RetryPrompt", stored);
        var (_, reloaded, _) = NewStore(_storage);
        var instance = Assert.Single((await reloaded.GetAsync(Turn())).DialogStack);
        var options = StateValues.GetOrAdd(instance.State, "options", () => new PromptOptions());
        Assert.Equal(("这件事紧急吗？", (string?)null), (options.Prompt!.Text, options.Prompt.Speak));
        Assert.Equal(["一般", "紧急"], options.Prompt.Buttons);
        Assert.Null(options.RetryPrompt);
        Assert.Equal((0, 2, "选“紧急”或“一般”"), (options.MaxAttempts, options.HelpAfterAttempts, options.HelpText));
    }

    [DatabaseFact]
    public async Task State_stored_by_BotState_before_loads_into_its_types_and_is_stored_anew_at_its_next_save()
    {
        var before = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "State", "botstate-row-before.json"));
        var etag = await new BotStateStore(migrated.Database, TimeProvider.System).WriteAsync(Key, before.Trim());
        var (store, dialogs, choices) = NewStore(_storage);

        var turn = Turn();
        var stack = (await dialogs.GetAsync(turn)).DialogStack;
        Assert.Equal(["一般", "紧急"], await choices.GetAsync(turn));
        Assert.Equal(["MainDialog"], stack.Select(instance => instance.Id));
        var filing = StateValues.To<DialogState>(stack[0].State["dialogs"])!.DialogStack;
        Assert.Equal(["FileIssueDialog", "main"], filing.Select(instance => instance.Id));
        await store.SaveChangesAsync(turn);

        // Written once, in the new format, with the eTag it was read with; then read as written.
        Assert.Equal(1, _storage.Writes);
        Assert.NotEqual(etag, await StoredETagAsync());
        Assert.StartsWith(StateDocument.Marker, await StoredDataAsync());
        var again = Turn();
        Assert.Equal(["一般", "紧急"], await choices.GetAsync(again));
        var read = (await dialogs.GetAsync(again)).DialogStack;
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(stack), System.Text.Json.JsonSerializer.Serialize(read));
        // The components' inner stacks and the waterfalls' values come typed: no dialog converts them again.
        var main = Assert.IsType<DialogState>(read[0].State["dialogs"]).DialogStack;
        var steps = Assert.IsType<DialogState>(main[0].State["dialogs"]).DialogStack.Single(instance => instance.Id == "fileIssue.steps");
        var start = Assert.IsType<System.Text.Json.JsonElement>(Assert.IsType<Dictionary<string, object?>>(steps.State["values"])["start"]);
        Assert.Equal(("报事", 1L), (start.GetProperty("Message").GetString(), steps.State["stepIndex"]));
        await store.SaveChangesAsync(again);
        Assert.Equal(1, _storage.Writes);
    }

    [DatabaseFact]
    public async Task Of_two_turns_at_once_the_second_to_save_is_refused_and_the_first_turns_state_stays()
    {
        // Two instances of the bot, each with its own storage and store over the one database.
        var (first, firstDialogs, _) = NewStore(NewStorage(migrated.Database));
        var (second, secondDialogs, secondChoices) = NewStore(NewStorage(migrated.Database));
        var earlier = Turn();
        (await firstDialogs.GetAsync(earlier, () => new DialogState())).DialogStack.Add(FilingHalfWay());
        await first.SaveChangesAsync(earlier);

        var (turnA, turnB) = (Turn(), Turn());
        (await firstDialogs.GetAsync(turnA)).DialogStack.Clear();
        await secondChoices.SetAsync(turnB, ["是", "否"]);
        Assert.Single((await secondDialogs.GetAsync(turnB)).DialogStack);
        await first.SaveChangesAsync(turnA);

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => second.SaveChangesAsync(turnB));
        Assert.Equal(Key, conflict.Key);
        var (_, readDialogs, readChoices) = NewStore(NewStorage(migrated.Database));
        var later = Turn();
        Assert.Empty((await readDialogs.GetAsync(later)).DialogStack);
        Assert.Null(await readChoices.GetAsync(later));
    }

    [DatabaseFact]
    public async Task A_restart_clears_the_state_and_saves_it_at_once_and_a_later_save_of_the_turn_is_checked_against_that()
    {
        var (store, dialogs, choices) = NewStore(_storage);
        var first = Turn();
        (await dialogs.GetAsync(first, () => new DialogState())).DialogStack.Add(FilingHalfWay());
        await store.SaveChangesAsync(first);

        var restart = Turn();
        await store.ClearStateAsync(restart);
        await store.SaveChangesAsync(restart, force: true);
        await choices.SetAsync(restart, ["报事", "找社管员"]);
        await store.SaveChangesAsync(restart);

        Assert.Equal(3, _storage.Writes);
        var later = Turn();
        Assert.Null(await dialogs.GetAsync(later));
        Assert.Equal(["报事", "找社管员"], await choices.GetAsync(later));
    }

    private static (ConversationStore Store, IStatePropertyAccessor<DialogState> Dialogs, IStatePropertyAccessor<List<string>> Choices) NewStore(IStorage storage)
    {
        var store = new ConversationStore(storage);
        return (store, store.CreateProperty<DialogState>(nameof(DialogState)), store.CreateProperty<List<string>>("LastChoices"));
    }

    private static DialogInstance FilingHalfWay() => new()
    {
        Id = "TicketForm",
        State = new()
        {
            ["stepIndex"] = 2,
            ["draft"] = new { Description = "园区路灯坏了一个星期", Visit = new DateTime(2026, 11, 28).ToString("yyyy-MM-dd"), Photos = Array.Empty<string>() },
        },
    };

    private TurnContext Turn() => new(new TestAdapter(), new Microsoft.Bot.Schema.Activity
    {
        Type = "message", ChannelId = "test", Conversation = new() { Id = _conversation },
        From = new() { Id = "user" }, Recipient = new() { Id = "bot" },
    });

    private async Task<string> StoredETagAsync() => (await new BotStateStore(migrated.Database, TimeProvider.System).ReadAsync([Key])).Single().ETag;

    private async Task<string> StoredDataAsync() => (await new BotStateStore(migrated.Database, TimeProvider.System).ReadAsync([Key])).Single().Data;

    private static SqlStorage NewStorage(Database database) => new(new BotStateStore(database, TimeProvider.System), TimeProvider.System);

    /// <summary>Counts the reads and writes that reach the storage.</summary>
    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        public int Reads { get; private set; }

        public int Writes { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
