using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

public class ChoicePromptTests
{
    private const string Zh = Locales.Chinese;
    private const string En = Locales.English;

    [Theory]
    [InlineData(Zh, "二", "消防通道#1")]
    [InlineData(Zh, "第一个", "占道经营#0")]
    [InlineData(Zh, "消防", "消防通道#1")]
    [InlineData(Zh, "门口有人摆摊", "占道经营#0")]
    [InlineData(En, "2", "消防通道#1")]
    [InlineData(En, "first", "占道经营#0")]
    [InlineData(En, "Noise", "Noise#2")]
    [InlineData(En, "noise complaint", "Noise#2")]
    public async Task Choice_prompt_returns_the_choice_the_answer_means(string locale, string answer, string expected)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply(reply => Assert.StartsWith("哪类问题？", reply.AsMessageActivity().Text))
            .Send(answer).AssertReply($"result: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Zh, "天气不错", "请选择一个选项。")]
    [InlineData(En, "7", "Please pick one of the options.")]
    public async Task Choice_prompt_rejects_an_answer_that_matches_no_choice(string locale, string answer, string reason)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("哪类问题？")
            .Send(answer).AssertReply(reply =>
            {
                Assert.Equal($"{reason}\n哪类问题？", reply.AsMessageActivity().Text);
                Assert.Equal(3, reply.AsMessageActivity().SuggestedActions.Actions.Count);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_offers_the_choices_as_im_back_suggested_actions()
    {
        await Harness(Zh).Flow()
            .Send("go").AssertReply(reply =>
            {
                var actions = reply.AsMessageActivity().SuggestedActions.Actions;
                Assert.All(actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
                Assert.Equal(["占道经营", "消防通道", "噪音扰民"], actions.Select(action => action.Title));
                Assert.Equal(["占道经营", "消防通道", "噪音扰民"], actions.Select(action => (string)action.Value));
            })
            .Send("噪音扰民").AssertReply("result: Noise#2")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_validator_can_refuse_a_choice_with_its_own_message()
    {
        PromptValidator<FoundChoice> notYet = (ctx, ct) =>
            Task.FromResult(ctx.Recognized.Value!.Index != 2 || ctx.Fail("噪音类暂不受理。"));
        var harness = DialogHarness.ForPrompt(new ChoicePrompt("kind", TestLocalizer.Instance, notYet), Options());

        await harness.Flow()
            .Send("go").AssertReply("哪类问题？")
            .Send("3").AssertReply("噪音类暂不受理。\n哪类问题？")
            .Send("1").AssertReply("result: 占道经营#0")
            .StartTestAsync();
    }

    private static DialogHarness Harness(string locale) =>
        DialogHarness.ForPrompt(new ChoicePrompt("kind", TestLocalizer.Instance), Options(), locale);

    private static PromptOptions Options() =>
        Ask.Choices("哪类问题？", new Choice("占道经营", "摆摊"), new Choice("消防通道", "消防"), new Choice("Noise") { ActionTitle = "噪音扰民" });
}
