using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.State;

/// <summary>
/// The conversation's state in System.Text.Json: documents Newtonsoft wrote read the same, values no code asked for are
/// written back as they were (dates as their text), and the same state is always written as the same text.
/// </summary>
public class StateJsonTests
{
    private const string Key = "test/conversations/state-json";

    // As the Newtonsoft store wrote it: a waterfall half-way with a draft (a date with its offset and zeros Newtonsoft
    // would not write), a number, and a property of the conversation that this version's code never asks for.
    private const string WrittenByNewtonsoft = """
        {"$state":2,"DialogState":{"DialogStack":[{"Id":"TicketForm","State":{"dialogs":{"DialogStack":[{"Id":"ticketForm.steps","State":{"options":{"Description":"仓库门口的消防通道被货物堵住两天了","Urgency":1,"VisitAt":"2026-11-28T09:30:00.000+08:00","Photos":["a1"]},"values":{"asked":3,"note":"“尽快”"},"stepIndex":4}}]}}}]},"Reminder":{"At":"2026-12-01T08:00:00.0000000+08:00","Text":"明早再问"}}
        """;

    [Fact]
    public async Task A_document_written_by_Newtonsoft_reads_the_same_and_what_no_code_asked_for_is_written_back_as_it_was()
    {
        var storage = new PlainJsonStorage();
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new StateDocument { Json = WrittenByNewtonsoft } });
        var (store, dialogs) = NewStore(storage);
        var turn = Turn();

        var form = Assert.Single((await dialogs.GetAsync(turn)).DialogStack);
        var steps = Assert.Single(StateValues.GetOrAdd(form.State, "dialogs", () => new DialogState()).DialogStack);
        var draft = StateValues.Get<Draft>(steps.State, "options")!;
        Assert.Equal(("仓库门口的消防通道被货物堵住两天了", 1), (draft.Description, draft.Urgency));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(8)), draft.VisitAt);
        Assert.Equal(TimeSpan.FromHours(8), draft.VisitAt.Offset);
        Assert.Equal(["a1"], draft.Photos);
        var values = Assert.IsType<Dictionary<string, object?>>(steps.State["values"]);
        Assert.Equal((3L, "“尽快”", 4L), (values["asked"], values["note"], steps.State["stepIndex"]));

        steps.State["stepIndex"] = 5;
        await store.SaveChangesAsync(turn);

        var written = Assert.Single(storage.Items.Values);
        Assert.Equal(WrittenByNewtonsoft.Replace("\"stepIndex\":4", "\"stepIndex\":5", StringComparison.Ordinal), written);
    }

    [Fact]
    public async Task The_same_state_is_written_as_the_same_text_so_a_turn_that_changes_nothing_writes_nothing()
    {
        var storage = new PlainJsonStorage();
        var (store, dialogs) = NewStore(storage);
        var first = Turn();
        var state = new Dictionary<string, object?>
        {
            ["options"] = new PromptOptions
            {
                Prompt = new PromptQuestion("Is it urgent?", "Urgent", "Not urgent") { Speak = "Is it urgent?" },
                RetryPrompt = new PromptQuestion("请回复“紧急”或“一般”。", "紧急", "一般"),
                Choices = [new Choice("紧急", "急", "urgent"), new Choice("一般", "不急")],
                HelpText = "有安全风险的选“紧急”",
            },
            ["draft"] = new Draft { Description = "路灯坏了", VisitAt = new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(8)), Photos = ["p1", "p2"] },
            ["attemptCount"] = 2,
        };
        (await dialogs.GetAsync(first, () => new DialogState())).DialogStack.Add(new DialogInstance { Id = "ask", State = state });
        await store.SaveChangesAsync(first);
        var written = Assert.Single(storage.Items.Values);

        // Read by another instance, each value converted to its type, and written again (forced): the same text.
        var (again, againDialogs) = NewStore(storage);
        var second = Turn();
        var read = Assert.Single((await againDialogs.GetAsync(second)).DialogStack).State;
        var options = StateValues.GetOrAdd(read, "options", () => new PromptOptions());
        Assert.Equal(["Urgent", "Not urgent"], options.Prompt!.Buttons);
        Assert.Equal(["紧急", "一般"], options.RetryPrompt!.Buttons);
        Assert.Equal(["急", "urgent"], options.Choices![0].Synonyms);
        Assert.Equal(TimeSpan.FromHours(8), StateValues.GetOrAdd(read, "draft", () => new Draft()).VisitAt.Offset);
        await again.SaveChangesAsync(second, force: true);

        Assert.Equal(written, Assert.Single(storage.Items.Values));
        Assert.Contains("\"Description\":\"路灯坏了\",\"Urgency\":0,\"VisitAt\":\"2026-11-28T09:30:00+08:00\"", written);
        Assert.DoesNotContain("\\u", written);
    }

    private static (ConversationStore Store, IStatePropertyAccessor<DialogState> Dialogs) NewStore(IStorage storage)
    {
        var store = new ConversationStore(storage);
        return (store, store.CreateProperty<DialogState>(nameof(DialogState)));
    }

    private static TurnContext Turn() => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message, ChannelId = "test", Conversation = new() { Id = "state-json" },
        From = new() { Id = "user" }, Recipient = new() { Id = "bot" },
    });

    /// <summary>A dialog's own draft, as the dialogs keep theirs (a POCO the state layer does not know).</summary>
    public sealed class Draft
    {
        public string Description { get; set; } = string.Empty;

        public int Urgency { get; set; }

        public DateTimeOffset VisitAt { get; set; }

        public List<string> Photos { get; set; } = [];
    }
}
