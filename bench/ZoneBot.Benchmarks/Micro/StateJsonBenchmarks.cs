using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using ZoneBot.Benchmarks.Reporting;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Benchmarks.Micro;

/// <summary>
/// The conversation state's JSON alone, as a prompt's turn reads and writes it through <see cref="ConversationStore"/>:
/// a 报事 half-way (tests/ZoneBot.Dialogs.Tests/State/filing-mid-form-before.json, as a real conversation stored it:
/// the urgency question on top of the form's inner stack, the ticket draft in the form's waterfall), parsed, walked down
/// to the prompt's options as the dialogs walk it, and written back; no storage, no dialog. <see cref="Document"/>: the
/// fixture as stored (by the version that wrote it), as this version writes it back (its conversations from then on),
/// or with the urgency choices as <c>TicketForm</c> asks them now: each with its Chinese name and code, and the key of its
/// <c>Entities</c> word list instead of the list's words (<see cref="Choice.Words"/>).
/// </summary>
public class StateJsonBenchmarks
{
    private const string Fixture = "filing-mid-form-before.json";

    private ConversationStore _store = null!;
    private IStatePropertyAccessor<DialogState> _dialogs = null!;
    private KeptDocument _storage = null!;

    [Params("as stored", "as written back", "choices by word list")]
    public string Document { get; set; } = "as stored";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var json = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "tests", "ZoneBot.Dialogs.Tests", "State", Fixture))).Trim();
        _storage = new KeptDocument(json);
        _store = new ConversationStore(_storage);
        _dialogs = _store.CreateProperty<DialogState>(nameof(DialogState));
        _store.CreateProperty<List<string>>("LastChoices");
        // What is timed must read the prompt as stored and write its question back.
        var options = await AnswerAsync(2);
        if (Document == "choices by word list")
        {
            _storage.Json = _storage.Written;
            options = await AnswerAsync(2, ByWordList);
        }
        if (Document != "as stored")
        {
            _storage.Json = _storage.Written;
            options = await AnswerAsync(2);
        }
        if (options.Choices?.Count != 2 || string.IsNullOrEmpty(options.HelpText) || !_storage.Written.Contains("这件事紧急吗？", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Fixture} did not read back as the urgency question: {_storage.Written}");
        }
        // Only the third document names the urgency's word lists instead of holding their words.
        if ((Document == "choices by word list") == _storage.Written.Contains("as soon as possible", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Fixture} as {Document} did not hold the urgency's words as expected: {_storage.Written}");
        }
    }

    /// <summary>A wrong answer to the prompt: the state read, the stack walked to the prompt, its attempt counted, the state written.</summary>
    [Benchmark(Description = "state JSON: read, prompt's options, write")]
    public Task<PromptOptions> ReadAndWrite() => AnswerAsync(1);

    /// <summary>A turn that changes nothing: read and walked as above, serialised, compared, not written.</summary>
    [Benchmark(Description = "state JSON: read, prompt's options, unchanged")]
    public Task<PromptOptions> ReadUnchanged() => AnswerAsync(0);

    private async Task<PromptOptions> AnswerAsync(int attempt, Action<PromptOptions>? change = null)
    {
        var turn = new TurnContext(_storage.Adapter, _storage.Activity);
        var stack = (await _dialogs.GetAsync(turn, () => new DialogState())).DialogStack;
        var top = stack[0];
        while (top.State.ContainsKey("dialogs"))
        {
            top = StateValues.GetOrAdd(top.State, "dialogs", () => new DialogState()).DialogStack[0];
        }
        var options = StateValues.GetOrAdd(top.State, "options", () => new PromptOptions());
        if (attempt > 0)
        {
            top.State["attemptCount"] = attempt;
        }
        change?.Invoke(options);
        await _store.SaveChangesAsync(turn);
        return options;
    }

    // The fixture's urgency choices hold their Chinese name, their code, then the Entities list's words.
    private static void ByWordList(PromptOptions options) =>
        options.Choices = [.. options.Choices!.Select(choice =>
            new Choice(choice.Value, choice.Synonyms[0], choice.Synonyms[1]) { Words = [ChoiceWordLists.Entities("urgency." + choice.Synonyms[1])] })];

    /// <summary>One stored document, read as the SQL storage hands it over; what is written is kept, not stored.</summary>
    private sealed class KeptDocument(string json) : IStorage
    {
        public string Json { get; set; } = json;

        public TestAdapter Adapter { get; } = new(TestAdapter.CreateConversation("micro-state", "user", "bot"));

        public Activity Activity { get; } = new()
        {
            Type = ActivityTypes.Message, ChannelId = "test", Conversation = new() { Id = "micro-state" },
            From = new() { Id = "user" }, Recipient = new() { Id = "bot" },
        };

        public string Written { get; private set; } = string.Empty;

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            Task.FromResult<IDictionary<string, object>>(new Dictionary<string, object> { [keys[0]] = new StateDocument { Json = Json, ETag = "1" } });

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Written = ((StateDocument)changes.Values.Single()).Json;
            return Task.CompletedTask;
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
