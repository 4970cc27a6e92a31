using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests;

public class ComponentDialogTests
{
    private static readonly ITextLocalizer Texts = TestLocalizer.Instance;

    [Fact]
    public async Task A_nested_component_returns_its_result_to_the_parent_waterfall()
    {
        var contact = new ComponentDialog("contact")
            .AddDialog(new WaterfallDialog("contact.steps",
            [
                (step, ct) => step.PromptAsync("name", Ask.Question("联系人？"), ct),
                (step, ct) =>
                {
                    step.Values["name"] = step.Result;
                    return step.PromptAsync("phone", Ask.Question("电话？"), ct);
                },
                (step, ct) => step.EndDialogAsync($"{step.GetValue<string>("name")}/{step.Result}", ct),
            ]))
            .AddDialog(new TextPrompt("name", Texts))
            .AddDialog(new PhonePrompt("phone", Texts, ChinesePhones.Digits));
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("report",
            [
                (step, ct) => step.BeginDialogAsync("contact", null, ct),
                (step, ct) => step.EndDialogAsync($"报事联系人 {step.Result}", ct),
            ]))
            .AddDialog(contact);
        var harness = new DialogHarness(root);

        await harness.Flow()
            .Send("报事").AssertReply("联系人？")
            .Send("张三").AssertReply("电话？")
            .Send("138 0574 1234").AssertReply("result: 报事联系人 张三/13805741234")
            .StartTestAsync();

        Assert.Empty((await harness.SavedStateAsync()).DialogStack);
    }

    [Fact]
    public async Task The_inner_stack_is_kept_in_the_components_instance_state()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new ComponentDialog("inner").AddDialog(new TextPrompt("name", Texts)))
            .AddDialog(new WaterfallDialog("steps", [(step, ct) => step.BeginDialogAsync("inner", Ask.Question("名字？"), ct)]));
        root.InitialDialogId = "steps";
        var harness = new DialogHarness(root);

        await harness.Flow().Send("go").AssertReply("名字？").StartTestAsync();

        var saved = await harness.SavedStateAsync();
        var outer = Assert.Single(saved.DialogStack);
        Assert.Equal("root", outer.Id);
        var rootStack = StateValues.To<DialogState>(outer.State["dialogs"])!.DialogStack;
        Assert.Equal(["inner", "steps"], rootStack.Select(instance => instance.Id));
        var innerStack = StateValues.To<DialogState>(rootStack[0].State["dialogs"])!.DialogStack;
        Assert.Equal("name", Assert.Single(innerStack).Id);
    }

    [Fact]
    public async Task Cancelling_a_component_from_outside_ends_its_inner_dialogs_too()
    {
        var ended = new List<string>();
        var inner = new ComponentDialog("inner").AddDialog(new EndRecordingPrompt("ask", Texts, ended));
        var set = new DialogSet(new ConversationStore(new MemoryStorage()).CreateProperty<DialogState>("s")).Add(inner);
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var activity = adapter.MakeActivity("hi");
        activity.ChannelId = adapter.Conversation.ChannelId;
        var dc = await set.CreateContextAsync(new TurnContext(adapter, activity));
        await dc.BeginDialogAsync("inner", Ask.Question("q"));

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Equal(["ask:CancelCalled"], ended);
    }

    [Fact]
    public async Task A_component_that_an_inner_dialog_completes_resumes_its_parent()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("parent",
            [
                (step, ct) => step.BeginDialogAsync("yesno", Ask.Question("确认提交？"), ct),
                (step, ct) => step.EndDialogAsync(step.Result is true ? "已提交" : "未提交", ct),
            ]))
            .AddDialog(new ComponentDialog("yesno").AddDialog(new ConfirmPrompt("confirm", Texts)));

        await new DialogHarness(root).Flow()
            .Send("go").AssertReply(reply => Assert.StartsWith("确认提交？", reply.AsMessageActivity().Text))
            .Send("好的").AssertReply("result: 已提交")
            .StartTestAsync();
    }

    private sealed class EndRecordingPrompt(string id, ITextLocalizer texts, List<string> ended) : TextPrompt(id, texts)
    {
        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            ended.Add($"{Id}:{reason}");
            return Task.CompletedTask;
        }
    }
}
