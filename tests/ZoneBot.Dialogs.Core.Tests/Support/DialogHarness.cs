using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Core.Tests.Support;

/// <summary>
/// A test bot around one root dialog, like the real bot: each turn runs the dialog with RunAsync and saves
/// the conversation state. It says "result: …" when the dialog completes and "cancelled: …" when the
/// stack was cancelled, so a flow can read as a script of what the user would see.
/// </summary>
public sealed class DialogHarness
{
    public const string ConversationId = "dialog-tests";

    public DialogHarness(Dialog root, string locale = Locales.Chinese, IStorage? storage = null)
        : this(_ => root, locale, storage)
    {
    }

    /// <summary>For a root dialog that needs the bot's conversation state (an InterruptibleDialog).</summary>
    public DialogHarness(Func<ConversationStore, Dialog> createRoot, string locale = Locales.Chinese, IStorage? storage = null)
    {
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationStore(Storage);
        Root = createRoot(ConversationState);
        DialogState = ConversationState.CreateProperty<DialogState>(nameof(Core.DialogState));
        Adapter = new TestAdapter(TestAdapter.CreateConversation(ConversationId)) { Locale = locale };
    }

    public Dialog Root { get; }

    public IStorage Storage { get; }

    public ConversationStore ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public TestAdapter Adapter { get; }

    public List<DialogTurnResult> Results { get; } = [];

    public DialogTurnResult LastResult => Results[^1];

    /// <summary>A root component that asks with <paramref name="prompt"/> and completes with its answer.</summary>
    public static DialogHarness ForPrompt(Dialog prompt, PromptOptions options, string locale = Locales.Chinese, IStorage? storage = null)
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]))
            .AddDialog(prompt);
        return new DialogHarness(root, locale, storage);
    }

    public TestFlow Flow() => new(Adapter, async (turn, ct) =>
    {
        var result = await Root.RunAsync(turn, DialogState, ct);
        Results.Add(result);
        if (result.Status == DialogTurnStatus.Complete)
        {
            await turn.SendActivityAsync($"result: {Describe(result.Result)}", cancellationToken: ct);
        }
        else if (result.Status == DialogTurnStatus.Cancelled)
        {
            await turn.SendActivityAsync($"cancelled: {Describe(result.Result)}", cancellationToken: ct);
        }
        await ConversationState.SaveChangesAsync(turn, force: false, ct);
    });

    /// <summary>The dialog stack as saved in storage, read as a new turn would read it.</summary>
    public async Task<DialogState> SavedStateAsync()
    {
        var activity = Adapter.MakeActivity("(read)");
        activity.ChannelId = Adapter.Conversation.ChannelId;
        var turn = new TurnContext(Adapter, activity);
        var state = new ConversationStore(Storage);
        await state.LoadAsync(turn, force: true);
        return await state.CreateProperty<DialogState>(nameof(Core.DialogState)).GetAsync(turn, () => new DialogState());
    }

    public static string Describe(object? result) => result switch
    {
        null => "null",
        FoundChoice choice => $"{choice.Value}#{choice.Index}",
        bool flag => flag ? "yes" : "no",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IReadOnlyList<DateTimeResolution> times => string.Join(" | ", times),
        _ => Convert.ToString(result, CultureInfo.InvariantCulture) ?? "null",
    };
}
