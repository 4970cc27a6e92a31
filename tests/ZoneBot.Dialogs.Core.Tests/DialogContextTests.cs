using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests;

public class DialogContextTests
{
    private static readonly ITextLocalizer Texts = TestLocalizer.Instance;

    [Fact]
    public async Task End_dialog_resumes_the_parent_with_the_child_result()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("parent",
            [
                (step, ct) => step.BeginDialogAsync("child", "from parent", ct),
                (step, ct) => step.EndDialogAsync($"parent got {step.Result}", ct),
            ]))
            .AddDialog(new WaterfallDialog("child",
            [
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"child begun with {step.Options}", cancellationToken: ct);
                    return Dialog.EndOfTurn;
                },
                (step, ct) => step.EndDialogAsync($"child saw {step.Result}", ct),
            ]));
        var harness = new DialogHarness(root);

        await harness.Flow()
            .Send("hi").AssertReply("child begun with from parent")
            .Send("42").AssertReply("result: parent got child saw 42")
            .StartTestAsync();

        Assert.Equal([DialogTurnStatus.Waiting, DialogTurnStatus.Complete], harness.Results.Select(r => r.Status));
    }

    [Fact]
    public async Task Replace_dialog_ends_the_active_dialog_without_resuming_the_one_below()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("menu",
            [
                (step, ct) => step.BeginDialogAsync("first", null, ct),
                (step, ct) => step.EndDialogAsync($"menu resumed with {step.Result}", ct),
            ]))
            .AddDialog(new WaterfallDialog("first",
            [
                (step, ct) => step.ReplaceDialogAsync("second", "handed over", ct),
                (step, ct) => throw new InvalidOperationException("the replaced dialog must not continue"),
            ]))
            .AddDialog(new WaterfallDialog("second",
            [
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"second begun: {step.Options}", cancellationToken: ct);
                    return Dialog.EndOfTurn;
                },
                (step, ct) => step.EndDialogAsync("second done", ct),
            ]));
        var harness = new DialogHarness(root);

        await harness.Flow()
            .Send("go").AssertReply("second begun: handed over")
            .Send("ok").AssertReply("result: menu resumed with second done")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_dialogs_empties_the_stack_and_ends_each_dialog_as_cancelled()
    {
        var ended = new List<(string Id, DialogReason Reason)>();
        var dc = await NewContextAsync(new RecordingDialog("a", ended), new RecordingDialog("b", ended));
        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        var result = await dc.CancelAllDialogsAsync(result: "why");

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Cancelled, "why"), result);
        Assert.Empty(dc.Stack);
        Assert.Equal([("b", DialogReason.CancelCalled), ("a", DialogReason.CancelCalled)], ended);
    }

    [Fact]
    public async Task Cancel_all_on_an_empty_stack_returns_empty()
    {
        var dc = await NewContextAsync(new RecordingDialog("a", []));

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task Continue_with_nothing_on_the_stack_returns_empty()
    {
        var dc = await NewContextAsync(new RecordingDialog("a", []));

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
        Assert.Null(dc.ActiveDialog);
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_throws_and_names_it()
    {
        var dc = await NewContextAsync(new RecordingDialog("a", []));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing"));

        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void A_dialog_set_rejects_a_second_dialog_with_the_same_id()
    {
        var set = new DialogSet().Add(new TextPrompt("name", Texts));

        Assert.Throws<InvalidOperationException>(() => set.Add(new NumberPrompt("name", Texts)));
        Assert.IsType<TextPrompt>(set.Find("name"));
        Assert.Null(set.Find("other"));
    }

    [Fact]
    public async Task Begin_puts_the_new_dialog_on_top_of_the_stack()
    {
        var dc = await NewContextAsync(new RecordingDialog("a", []), new RecordingDialog("b", []));

        await dc.BeginDialogAsync("a");
        await dc.BeginDialogAsync("b");

        Assert.Equal(["b", "a"], dc.Stack.Select(instance => instance.Id));
        Assert.Equal("b", dc.ActiveDialog?.Id);
    }

    private static async Task<DialogContext> NewContextAsync(params Dialog[] dialogs)
    {
        var state = new ConversationStore(new MemoryStorage());
        var set = new DialogSet(state.CreateProperty<DialogState>("dialogs"));
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }
        var adapter = new TestAdapter();
        var activity = adapter.MakeActivity("hi");
        activity.ChannelId = adapter.Conversation.ChannelId;
        var turn = new TurnContext(adapter, activity);
        return await set.CreateContextAsync(turn);
    }

    /// <summary>Waits forever and records how it ended.</summary>
    private sealed class RecordingDialog(string id, List<(string, DialogReason)> ended) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(EndOfTurn);

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            ended.Add((Id, reason));
            return Task.CompletedTask;
        }
    }
}
