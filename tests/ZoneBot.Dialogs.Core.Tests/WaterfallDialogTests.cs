using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests;

public class WaterfallDialogTests
{
    private static readonly ITextLocalizer Texts = TestLocalizer.Instance;

    [Fact]
    public async Task Values_collected_in_one_step_are_there_in_later_turns()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("profile",
            [
                (step, ct) => step.PromptAsync("text", Ask.Question("您的姓名？"), ct),
                (step, ct) =>
                {
                    step.Values["name"] = step.Result;
                    return step.PromptAsync("number", Ask.Question("员工人数？"), ct);
                },
                (step, ct) =>
                {
                    step.Values["staff"] = step.Result;
                    return step.EndDialogAsync($"{step.GetValue<string>("name")} {step.GetValue<int>("staff")}", ct);
                },
            ]))
            .AddDialog(new TextPrompt("text", Texts))
            .AddDialog(new NumberPrompt("number", Texts));
        var harness = new DialogHarness(root);

        await harness.Flow()
            .Send("开始").AssertReply("您的姓名？")
            .Send("王小明").AssertReply("员工人数？")
            .Send("三十五").AssertReply("result: 王小明 35")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsync_runs_the_next_step_at_once_with_the_given_result()
    {
        var steps = new List<int>();
        var root = new ComponentDialog("root").AddDialog(new WaterfallDialog("skip",
        [
            (step, ct) =>
            {
                steps.Add(step.Index);
                return step.NextAsync("skipped the question", ct);
            },
            (step, ct) =>
            {
                steps.Add(step.Index);
                Assert.Equal(DialogReason.NextCalled, step.Reason);
                return step.EndDialogAsync(step.Result, ct);
            },
        ]));
        var harness = new DialogHarness(root);

        await harness.Flow().Send("go").AssertReply("result: skipped the question").StartTestAsync();

        Assert.Equal([0, 1], steps);
    }

    [Fact]
    public async Task A_step_that_waits_without_a_prompt_gets_the_users_text_as_result()
    {
        var root = new ComponentDialog("root").AddDialog(new WaterfallDialog("echo",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("say something", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.EndDialogAsync($"you said {step.Result} ({step.Reason})", ct),
        ]));

        await new DialogHarness(root).Flow()
            .Send("go").AssertReply("say something")
            .Send("hello").AssertReply("result: you said hello (ContinueCalled)")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_options_the_waterfall_was_begun_with_reach_every_step()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("outer", [(step, ct) => step.BeginDialogAsync("inner", "工单 42", ct)]))
            .AddDialog(new WaterfallDialog("inner",
            [
                (step, ct) => step.PromptAsync("text", Ask.Question($"关于{step.Options}，请描述"), ct),
                (step, ct) => step.EndDialogAsync($"{step.Options}: {step.Result}", ct),
            ]))
            .AddDialog(new TextPrompt("text", Texts));

        await new DialogHarness(root).Flow()
            .Send("go").AssertReply("关于工单 42，请描述")
            .Send("已处理").AssertReply("result: 工单 42: 已处理")
            .StartTestAsync();
    }

    [Fact]
    public async Task Calling_NextAsync_twice_in_one_step_throws()
    {
        var root = new ComponentDialog("root").AddDialog(new WaterfallDialog("twice",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("second step", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogHarness(root).Flow().Send("go").StartTestAsync());
    }

    [Fact]
    public async Task A_waterfall_past_its_last_step_completes_with_the_last_result()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("one", [(step, ct) => step.PromptAsync("text", Ask.Question("名字？"), ct)]))
            .AddDialog(new TextPrompt("text", Texts));
        var harness = new DialogHarness(root);

        await harness.Flow()
            .Send("go").AssertReply("名字？")
            .Send("李四").AssertReply("result: 李四")
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "李四"), harness.LastResult);
        Assert.Empty((await harness.SavedStateAsync()).DialogStack);
    }
}
