using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests;

/// <summary>The conversation survives the bot: a new adapter and new dialog objects over the same storage carry on.</summary>
public class DialogPersistenceTests
{
    private static readonly ITextLocalizer Texts = TestLocalizer.Instance;

    [Fact]
    public async Task A_waterfall_continues_mid_flow_on_a_new_adapter_over_the_same_memory_storage()
    {
        var storage = new MemoryStorage();

        await new DialogHarness(NewReportDialog(), storage: storage).Flow()
            .Send("报事").AssertReply(reply => Assert.StartsWith("哪类问题？", reply.AsMessageActivity().Text))
            .Send("2").AssertReply("几点发现的？")
            .StartTestAsync();

        // As after a restart of the bot: nothing in memory but the storage.
        var restarted = new DialogHarness(NewReportDialog(), storage: storage);
        await restarted.Flow()
            .Send("明天下午3点").AssertReply("共几人受影响？")
            .Send("十二").AssertReply("result: 消防通道 2026-11-27 15:00 12")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, restarted.LastResult.Status);
    }

    [Fact]
    public async Task A_waterfall_continues_over_a_storage_that_keeps_no_type_names()
    {
        var storage = new PlainJsonStorage();

        await new DialogHarness(NewReportDialog(), storage: storage).Flow()
            .Send("报事").AssertReply(reply => Assert.StartsWith("哪类问题？", reply.AsMessageActivity().Text))
            .Send("消防").AssertReply("几点发现的？")
            .Send("随便").AssertReply("没有识别出时间。\n几点发现的？")
            .StartTestAsync();
        Assert.DoesNotContain("$type", Assert.Single(storage.Items).Value);

        var restarted = new DialogHarness(NewReportDialog(), storage: storage);
        await restarted.Flow()
            .Send("乱说").AssertReply("多次没有填对，先退出这一项。")
            .AssertReply("cancelled: PromptGaveUp")
            .StartTestAsync();

        Assert.Empty((await restarted.SavedStateAsync()).DialogStack);
    }

    private static Dialog NewReportDialog()
    {
        var root = new InterruptibleDialog("report", Texts, new ConversationStore(new MemoryStorage()));
        root.AddDialog(new WaterfallDialog("report.steps",
            [
                (step, ct) => step.PromptAsync("kind", Ask.Choices("哪类问题？", new Choice("占道经营"), new Choice("消防通道", "消防")), ct),
                (step, ct) =>
                {
                    step.Values["kind"] = ((FoundChoice)step.Result!).Value;
                    return step.PromptAsync("when", Ask.Question("几点发现的？", maxAttempts: 2), ct);
                },
                (step, ct) =>
                {
                    step.Values["when"] = ((IReadOnlyList<DateTimeResolution>)step.Result!)[0].Value;
                    return step.PromptAsync("count", Ask.Question("共几人受影响？"), ct);
                },
                (step, ct) => step.EndDialogAsync(
                    $"{step.GetValue<string>("kind")} {step.GetValue<DateTime>("when"):yyyy-MM-dd HH:mm} {step.Result}", ct),
            ]))
            .AddDialog(new ChoicePrompt("kind", Texts))
            .AddDialog(new DateTimePrompt("when", Texts, timeProvider: FixedTimeProvider.ThursdayMorning()))
            .AddDialog(new NumberPrompt("count", Texts));
        return root;
    }
}
