using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

/// <summary>What every prompt does: retries that say what was wrong, validators, and giving up.</summary>
public class PromptTests
{
    private const string Zh = Locales.Chinese;
    private const string En = Locales.English;
    private static readonly ITextLocalizer Texts = TestLocalizer.Instance;

    [Theory]
    [InlineData(Zh, "几个人？", "很多", "不知道", "好多好多")]
    [InlineData(En, "How many people?", "lots", "no idea", "many")]
    public async Task Three_wrong_answers_say_too_many_attempts_and_cancel_everything(
        string locale, string question, string first, string second, string third)
    {
        var harness = DialogHarness.ForPrompt(new NumberPrompt("n", Texts), Ask.Question(question), locale);
        var invalid = TestLocalizer.T(locale, DialogTextKeys.NumberInvalid);

        await harness.Flow()
            .Send("start").AssertReply(question)
            .Send(first).AssertReply($"{invalid}\n{question}")
            .Send(second).AssertReply($"{invalid}\n{question}")
            .Send(third).AssertReply(TestLocalizer.T(locale, DialogTextKeys.TooManyAttempts))
            .AssertReply("cancelled: PromptGaveUp")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, harness.LastResult.Status);
        Assert.Same(PromptGaveUp.Instance, harness.LastResult.Result);
        Assert.Empty((await harness.SavedStateAsync()).DialogStack);
    }

    [Fact]
    public async Task Giving_up_deep_inside_components_cancels_the_parents_too()
    {
        var inner = new ComponentDialog("inner")
            .AddDialog(new WaterfallDialog("inner.steps", [(step, ct) => step.PromptAsync("phone", Ask.Question("电话？", maxAttempts: 2), ct)]))
            .AddDialog(new PhonePrompt("phone", Texts, ChinesePhones.Digits));
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("root.steps",
            [
                (step, ct) => step.BeginDialogAsync("inner", null, ct),
                (step, ct) => throw new InvalidOperationException("the parent must not resume after a give-up"),
            ]))
            .AddDialog(inner);
        var harness = new DialogHarness(root);

        await harness.Flow()
            .Send("go").AssertReply("电话？")
            .Send("12345").AssertReply("电话号码无效。\n电话？")
            .Send("abc").AssertReply("多次没有填对，先退出这一项。")
            .AssertReply("cancelled: PromptGaveUp")
            .Send("again").AssertReply("电话？")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_max_attempts_of_zero_never_gives_up()
    {
        var options = Ask.Question("几个人？", maxAttempts: 0);
        var harness = DialogHarness.ForPrompt(new NumberPrompt("n", Texts), options);
        var flow = harness.Flow().Send("go").AssertReply("几个人？");
        for (var i = 0; i < 5; i++)
        {
            flow = flow.Send("不知道").AssertReply("请输入一个数字。\n几个人？");
        }

        await flow.Send("7").AssertReply("result: 7").StartTestAsync();
    }

    [Fact]
    public async Task A_validator_failure_message_is_shown_above_the_question()
    {
        var attempts = new List<int>();
        PromptValidator<decimal> evenOnly = (ctx, ct) =>
        {
            attempts.Add(ctx.AttemptCount);
            return Task.FromResult(ctx.Recognized.Value % 2 == 0 || ctx.Fail(ctx.Locale == En ? "Even numbers only." : "只能是双数。"));
        };
        var harness = DialogHarness.ForPrompt(new NumberPrompt("n", Texts, evenOnly), Ask.Question("几个人？"));

        await harness.Flow()
            .Send("go").AssertReply("几个人？")
            .Send("三").AssertReply("只能是双数。\n几个人？")
            .Send("四").AssertReply("result: 4")
            .StartTestAsync();

        Assert.Equal([1, 2], attempts);
    }

    [Fact]
    public async Task A_validator_is_not_asked_about_an_answer_that_was_not_recognized()
    {
        var calls = 0;
        PromptValidator<decimal> counting = (ctx, ct) =>
        {
            calls++;
            return Task.FromResult(true);
        };
        var harness = DialogHarness.ForPrompt(new NumberPrompt("n", Texts, counting), Ask.Question("几个人？"));

        await harness.Flow()
            .Send("go").AssertReply("几个人？")
            .Send("不知道").AssertReply("请输入一个数字。\n几个人？")
            .Send("5").AssertReply("result: 5")
            .StartTestAsync();

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task A_silent_validator_rejection_gives_the_prompts_own_reason_and_the_retry_prompt()
    {
        PromptValidator<string> notAdmin = (ctx, ct) => Task.FromResult(ctx.Recognized.Value != "admin");
        var options = new PromptOptions
        {
            Prompt = new PromptQuestion("用户名？"),
            RetryPrompt = new PromptQuestion("请换一个用户名："),
        };
        var harness = DialogHarness.ForPrompt(new TextPrompt("t", Texts, notAdmin), options);

        await harness.Flow()
            .Send("go").AssertReply("用户名？")
            .Send("admin").AssertReply("请换一个用户名：")
            .Send("").AssertReply("内容不能为空。\n请换一个用户名：")
            .Send("wang").AssertReply("result: wang")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_callers_question_is_not_changed_by_the_suggested_actions()
    {
        var question = new PromptQuestion("确认？");
        var harness = DialogHarness.ForPrompt(new ConfirmPrompt("c", Texts), new PromptOptions { Prompt = question });

        await harness.Flow()
            .Send("go").AssertReply(reply => Assert.Equal(2, reply.AsMessageActivity().SuggestedActions.Actions.Count))
            .Send("hm").AssertReply(reply => Assert.Equal(2, reply.AsMessageActivity().SuggestedActions.Actions.Count))
            .StartTestAsync();

        Assert.Null(question.Buttons);
        Assert.Equal("确认？", question.Text);
    }

    [Fact]
    public async Task A_question_with_buttons_a_photo_and_speech_is_sent_whole_each_time_and_stays_as_the_caller_made_it()
    {
        var question = new PromptQuestion("确认提交吗？", "转人工")
        {
            Speak = "确认提交吗",
            Attachments = [new PromptAttachment("image/jpeg", "https://example.org/photo.jpg", "现场.jpg")],
        };
        var harness = DialogHarness.ForPrompt(new ConfirmPrompt("c", Texts), new PromptOptions { Prompt = question });

        void AskedWhole(IActivity reply, string text)
        {
            var message = reply.AsMessageActivity();
            Assert.Equal((text, "确认提交吗", InputHints.ExpectingInput), (message.Text, message.Speak, message.InputHint));
            Assert.Equal(["转人工", "是", "否"], message.SuggestedActions.Actions.Select(action => action.Title));
            Assert.Equal(["转人工", "是", "否"], message.SuggestedActions.Actions.Select(action => action.Value));
            var photo = Assert.Single(message.Attachments);
            Assert.Equal(("image/jpeg", "https://example.org/photo.jpg", "现场.jpg"), (photo.ContentType, photo.ContentUrl, photo.Name));
        }

        await harness.Flow()
            .Send("go").AssertReply(reply => AskedWhole(reply, "确认提交吗？"))
            .Send("这个我再想想").AssertReply(reply => AskedWhole(reply, "请回答是或否。\n确认提交吗？"))
            .Send("让我问问老板").AssertReply(reply => AskedWhole(reply, "请回答是或否。\n确认提交吗？"))
            .StartTestAsync();

        Assert.Equal(["转人工"], question.Buttons);
        Assert.Single(question.Attachments);
        var kept = StateValues.To<PromptOptions>(Assert.Single((await harness.SavedStateAsync()).DialogStack.Single().State.Values.OfType<DialogState>()).DialogStack[0].State["options"])!;
        Assert.Equal(["转人工"], kept.Prompt!.Buttons);
        Assert.Equal("确认提交吗", kept.Prompt.Speak);
    }

    [Fact]
    public async Task A_prompt_asks_as_expecting_input()
    {
        var harness = DialogHarness.ForPrompt(new TextPrompt("t", Texts), Ask.Question("名字？"));

        await harness.Flow()
            .Send("go").AssertReply(reply => Assert.Equal(InputHints.ExpectingInput, reply.AsMessageActivity().InputHint))
            .StartTestAsync();
    }

    [Fact]
    public async Task Beginning_a_prompt_without_prompt_options_throws()
    {
        var root = new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("w", [(step, ct) => step.BeginDialogAsync("t", "not options", ct)]))
            .AddDialog(new TextPrompt("t", Texts));

        await Assert.ThrowsAsync<ArgumentException>(() => new DialogHarness(root).Flow().Send("go").StartTestAsync());
    }
}
