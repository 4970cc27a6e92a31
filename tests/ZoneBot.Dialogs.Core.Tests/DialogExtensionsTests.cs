using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests;

public class DialogExtensionsTests
{
    [Fact]
    public async Task Run_begins_the_dialog_when_none_is_active_and_continues_it_afterwards()
    {
        var harness = DialogHarness.ForPrompt(new TextPrompt("text", TestLocalizer.Instance), Ask.Question("名字？"));

        await harness.Flow()
            .Send("你好").AssertReply("名字？")
            .Send("王五").AssertReply("result: 王五")
            .Send("再来").AssertReply("名字？")
            .StartTestAsync();

        Assert.Equal(
            [DialogTurnStatus.Waiting, DialogTurnStatus.Complete, DialogTurnStatus.Waiting],
            harness.Results.Select(result => result.Status));
    }

    [Fact]
    public async Task Run_ignores_a_non_message_activity_while_a_prompt_waits()
    {
        var harness = DialogHarness.ForPrompt(new NumberPrompt("n", TestLocalizer.Instance), Ask.Question("几个人？", maxAttempts: 1));

        await harness.Flow()
            .Send("开始").AssertReply("几个人？")
            .SendConversationUpdate().AssertNoReply()
            .Send("3").AssertReply("result: 3")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, harness.Results[1].Status);
    }
}
