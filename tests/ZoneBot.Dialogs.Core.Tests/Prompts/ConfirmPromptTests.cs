using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

public class ConfirmPromptTests
{
    private const string Zh = Locales.Chinese;
    private const string En = Locales.English;

    [Theory]
    [InlineData(Zh, "是")]
    [InlineData(Zh, "是的")]
    [InlineData(Zh, "对的")]
    [InlineData(Zh, "好的")]
    [InlineData(Zh, "好的，谢谢")]
    [InlineData(Zh, "可以")]
    [InlineData(Zh, "行")]
    [InlineData(Zh, "确认")]
    [InlineData(Zh, "没问题")]
    [InlineData(Zh, "嗯")]
    [InlineData(Zh, "ok")]
    [InlineData(En, "Yes")]
    [InlineData(En, "y")]
    [InlineData(En, "OK")]
    [InlineData(En, "sure!")]
    [InlineData(En, "ｙｅｓ")]
    public async Task Confirm_prompt_understands_everyday_yes(string locale, string answer)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("提交吗？")
            .Send(answer).AssertReply("result: yes")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Zh, "否")]
    [InlineData(Zh, "不")]
    [InlineData(Zh, "不是")]
    [InlineData(Zh, "不用了")]
    [InlineData(Zh, "不要")]
    [InlineData(Zh, "不行")]
    [InlineData(Zh, "算了")]
    [InlineData(En, "No")]
    [InlineData(En, "n")]
    [InlineData(En, "nope")]
    [InlineData(En, "no, thanks")]
    public async Task Confirm_prompt_understands_everyday_no(string locale, string answer)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("提交吗？")
            .Send(answer).AssertReply("result: no")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Zh, "也许吧", "请回答是或否。")]
    [InlineData(Zh, "取消", "请回答是或否。")]
    [InlineData(En, "maybe", "Please answer yes or no.")]
    public async Task Confirm_prompt_rejects_anything_else_and_cancel_is_not_a_no(string locale, string answer, string reason)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("提交吗？")
            .Send(answer).AssertReply($"{reason}\n提交吗？")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Zh, "是", "否")]
    [InlineData(En, "Yes", "No")]
    public async Task Confirm_prompt_offers_localised_yes_and_no_buttons_that_it_understands(string locale, string yes, string no)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply(reply =>
            {
                var actions = reply.AsMessageActivity().SuggestedActions.Actions;
                Assert.Equal([yes, no], actions.Select(action => action.Title));
                Assert.All(actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
            })
            .Send(no).AssertReply("result: no")
            .StartTestAsync();
    }

    private static DialogHarness Harness(string locale) =>
        DialogHarness.ForPrompt(new ConfirmPrompt("confirm", TestLocalizer.Instance), Ask.Question("提交吗？"), locale);
}
