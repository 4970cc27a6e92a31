using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Interruptions;

public class InterruptibleDialogTests
{
    private const string Zh = Locales.Chinese;
    private const string En = Locales.English;
    private const string NameHelp = "请填写营业执照上的企业名称。";
    private static readonly ITextLocalizer Texts = TestLocalizer.Instance;

    [Theory]
    [InlineData(Zh, "取消", "已取消。")]
    [InlineData(Zh, " 退出 ", "已取消。")]
    [InlineData(Zh, "Cancel", "已取消。")]
    [InlineData(En, "cancel", "Cancelled.")]
    [InlineData(En, "ＣＡＮＣＥＬ", "Cancelled.")]
    [InlineData(En, "Quit", "Cancelled.")]
    public async Task Cancel_in_the_middle_of_a_prompt_cancels_every_dialog_and_says_so(string locale, string words, string said)
    {
        var harness = new DialogHarness(state => NewFirmDialog(state), locale);

        await harness.Flow()
            .Send("登记").AssertReply("企业名称？")
            .Send("宁波某某公司").AssertReply("联系电话？")
            .Send(words).AssertReply(said)
            .AssertReply("cancelled: Cancel")
            .Send("再来").AssertReply("企业名称？")
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Cancelled, Interruption.Cancel), harness.Results[2]);
    }

    [Fact]
    public async Task Cancel_inside_a_nested_component_leaves_nothing_on_any_stack()
    {
        var harness = new DialogHarness(state =>
        {
            var root = new InterruptibleDialog("root", Texts, state);
            root.AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.BeginDialogAsync("firm", null, ct),
                (step, ct) => throw new InvalidOperationException("a cancelled child must not resume its parent"),
            ]));
            root.AddDialog(NewFirmDialog(state));
            return root;
        });

        await harness.Flow()
            .Send("登记").AssertReply("企业名称？")
            .Send("取消").AssertReply("已取消。")
            .AssertReply("cancelled: Cancel")
            .StartTestAsync();

        Assert.Empty((await harness.SavedStateAsync()).DialogStack);
    }

    [Theory]
    [InlineData(Zh, "帮助")]
    [InlineData(Zh, "？")]
    [InlineData(En, "help")]
    [InlineData(En, "?")]
    public async Task Help_gives_the_help_of_the_current_step_and_asks_the_same_question_again(string locale, string words)
    {
        var harness = new DialogHarness(state => NewFirmDialog(state), locale);

        await harness.Flow()
            .Send("登记").AssertReply("企业名称？")
            .Send(words).AssertReply(NameHelp)
            .AssertReply("企业名称？")
            .Send("宁波某某公司").AssertReply("联系电话？")
            .Send("13805741234").AssertReply("result: 宁波某某公司/13805741234")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[1].Status);
    }

    [Theory]
    [InlineData(Zh, "帮助", "请回答当前的问题。")]
    [InlineData(En, "help", "Please answer the current question.")]
    public async Task Help_on_a_step_without_help_text_gives_the_default_help(string locale, string words, string said)
    {
        await new DialogHarness(state => NewFirmDialog(state), locale).Flow()
            .Send("登记").AssertReply("企业名称？")
            .Send("宁波某某公司").AssertReply("联系电话？")
            .Send(words).AssertReply(said)
            .AssertReply("联系电话？")
            .StartTestAsync();
    }

    [Fact]
    public async Task Asking_for_help_does_not_count_as_a_wrong_answer()
    {
        var harness = new DialogHarness(state => NewFirmDialog(state, phoneAttempts: 2));

        await harness.Flow()
            .Send("登记").AssertReply("企业名称？")
            .Send("宁波某某公司").AssertReply("联系电话？")
            .Send("12345").AssertReply("电话号码无效。\n联系电话？")
            .Send("帮助").AssertReply("请回答当前的问题。")
            .AssertReply("联系电话？")
            .Send("0574-63012345").AssertReply("result: 宁波某某公司/057463012345")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Zh, "重新开始", "已重新开始。")]
    [InlineData(En, "Restart", "Starting over.")]
    public async Task Restart_cancels_everything_and_clears_the_whole_conversation_state(string locale, string words, string said)
    {
        var harness = new DialogHarness(state => NewFirmDialog(state), locale);

        await harness.Flow()
            .Send("登记").AssertReply("企业名称？")
            .Send("宁波某某公司").AssertReply("联系电话？") // the firm's name is now in conversation state
            .Send(words).AssertReply(said)
            .AssertReply("cancelled: Restart")
            .StartTestAsync();

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Cancelled, Interruption.Restart), harness.LastResult);
        var turn = NewTurn(harness.Adapter);
        var reloaded = new ConversationStore(harness.Storage);
        await reloaded.LoadAsync(turn, force: true);
        Assert.Null(await reloaded.CreateProperty<string>("firm").GetAsync(turn, () => null!));
        Assert.Null(await reloaded.CreateProperty<DialogState>(nameof(DialogState)).GetAsync(turn, () => null!));
    }

    [Fact]
    public async Task A_global_word_inside_a_longer_message_is_an_ordinary_answer()
    {
        await new DialogHarness(state => NewFirmDialog(state)).Flow()
            .Send("登记").AssertReply("企业名称？")
            .Send("取消文化传媒有限公司").AssertReply("联系电话？")
            .StartTestAsync();
    }

    [Fact]
    public async Task Phrases_given_to_the_constructor_replace_the_defaults()
    {
        var phrases = new Dictionary<string, InterruptionPhrases>
        {
            [Zh] = new(cancel: ["不办了"], help: ["怎么办"], restart: ["从头来"]),
        };
        var harness = new DialogHarness(state => NewFirmDialog(state, phrases: phrases));

        await harness.Flow()
            .Send("登记").AssertReply("企业名称？")
            .Send("怎么办").AssertReply(NameHelp)
            .AssertReply("企业名称？")
            .Send("取消").AssertReply("联系电话？")
            .Send("不办了").AssertReply("已取消。")
            .AssertReply("cancelled: Cancel")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_first_message_begins_the_dialog_even_if_it_is_a_global_word()
    {
        // Beginning is the bot's decision: it can say "nothing to cancel" itself with IsInterruption.
        var harness = new DialogHarness(state => NewFirmDialog(state));

        await harness.Flow().Send("取消").AssertReply("企业名称？").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult.Status);
    }

    [Theory]
    [InlineData(Zh, "取消", Interruption.Cancel)]
    [InlineData(Zh, "帮助", Interruption.Help)]
    [InlineData(Zh, "重来", Interruption.Restart)]
    [InlineData(Zh, "报事", Interruption.None)]
    [InlineData(En, "start over", Interruption.Restart)]
    [InlineData(En, "取消", Interruption.None)]
    public void The_bot_can_ask_whether_a_message_is_a_global_word(string locale, string text, Interruption expected)
    {
        var dialog = NewFirmDialog(new ConversationStore(new MemoryStorage()));
        var adapter = new TestAdapter { Locale = locale };
        var turn = NewTurn(adapter, text);

        Assert.Equal(expected, dialog.RecognizeInterruption(turn));
        Assert.True(dialog.IsInterruption(turn, expected));
    }

    private static InterruptibleDialog NewFirmDialog(
        ConversationStore state, int phoneAttempts = 3, IReadOnlyDictionary<string, InterruptionPhrases>? phrases = null)
    {
        var firm = state.CreateProperty<string>("firm");
        var dialog = new InterruptibleDialog("firm", Texts, state, phrases);
        dialog.AddDialog(new WaterfallDialog("firm.steps",
        [
            (step, ct) => step.PromptAsync("name", Ask.Question("企业名称？", helpText: NameHelp), ct),
            async (step, ct) =>
            {
                await firm.SetAsync(step.Context, (string)step.Result!, ct);
                return await step.PromptAsync("phone", Ask.Question("联系电话？", maxAttempts: phoneAttempts), ct);
            },
            async (step, ct) => await step.EndDialogAsync($"{await firm.GetAsync(step.Context, () => "?", ct)}/{step.Result}", ct),
        ]));
        dialog.AddDialog(new TextPrompt("name", Texts));
        dialog.AddDialog(new PhonePrompt("phone", Texts, ChinesePhones.Digits));
        return dialog;
    }

    private static TurnContext NewTurn(TestAdapter adapter, string text = "(read)")
    {
        var activity = adapter.MakeActivity(text);
        activity.ChannelId = adapter.Conversation.ChannelId;
        return new TurnContext(adapter, activity);
    }
}
