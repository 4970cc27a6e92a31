using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

/// <summary>"Now" is Thursday 26 November 2026, 10:00 in China.</summary>
public class DateTimePromptTests
{
    private const string Zh = Locales.Chinese;
    private const string En = Locales.English;

    [Theory]
    [InlineData(Zh, "明天下午3点", "2026-11-27 15:00")]
    [InlineData(Zh, "11月30日 9:00", "2026-11-30 09:00")]
    [InlineData(Zh, "周一", "2026-11-30 00:00")]
    [InlineData(Zh, "今天", "2026-11-26 00:00")]
    [InlineData(En, "tomorrow at 3pm", "2026-11-27 15:00")]
    [InlineData(En, "Monday", "2026-11-30 00:00")]
    [InlineData(En, "Nov 30 9:00", "2026-11-30 09:00")]
    [InlineData(En, "明天下午3点", "2026-11-27 15:00")]
    public async Task Date_time_prompt_returns_the_coming_moment_first(string locale, string answer, string expected)
    {
        var harness = Harness(locale);

        await harness.Flow()
            .Send("go").AssertReply("什么时候？")
            .Send(answer).AssertReply(reply => Assert.StartsWith("result: ", reply.AsMessageActivity().Text))
            .StartTestAsync();

        var first = Assert.IsAssignableFrom<IReadOnlyList<DateTimeResolution>>(harness.LastResult.Result)[0];
        Assert.Equal(expected, $"{first.Value:yyyy-MM-dd HH:mm}");
    }

    [Theory]
    [InlineData(Zh, "下周一上午", "datetimerange")]
    [InlineData(En, "next Monday morning", "datetimerange")]
    public async Task Date_time_prompt_returns_a_part_of_a_day_as_a_range(string locale, string answer, string type)
    {
        var harness = Harness(locale);

        await harness.Flow()
            .Send("go").AssertReply("什么时候？")
            .Send(answer).AssertReply(reply => Assert.StartsWith("result: ", reply.AsMessageActivity().Text))
            .StartTestAsync();

        var range = Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<DateTimeResolution>>(harness.LastResult.Result));
        Assert.Equal(type, range.Type);
        Assert.Equal(new DateTime(2026, 11, 30, 8, 0, 0), range.Start);
        Assert.Equal(new DateTime(2026, 11, 30, 12, 0, 0), range.End);
        Assert.Null(range.Value);
    }

    [Theory]
    [InlineData(Zh, "随便", "没有识别出时间。")]
    [InlineData(En, "whenever", "I could not read a time.")]
    public async Task Date_time_prompt_rejects_an_answer_without_a_time(string locale, string answer, string reason)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("什么时候？")
            .Send(answer).AssertReply($"{reason}\n什么时候？")
            .StartTestAsync();
    }

    [Fact]
    public async Task Date_time_prompt_validator_can_refuse_the_past()
    {
        var clock = FixedTimeProvider.ThursdayMorning();
        PromptValidator<IReadOnlyList<DateTimeResolution>> notPast = (ctx, ct) =>
            Task.FromResult(ctx.Recognized.Value![0].Value >= clock.GetLocalNow().DateTime || ctx.Fail("不能是过去的时间。"));
        var harness = DialogHarness.ForPrompt(
            new DateTimePrompt("when", TestLocalizer.Instance, notPast, clock), Ask.Question("什么时候？"));

        await harness.Flow()
            .Send("go").AssertReply("什么时候？")
            .Send("昨天下午").AssertReply("不能是过去的时间。\n什么时候？")
            .Send("明天上午9点").AssertReply("result: datetime 2026-11-27T09 2026-11-27 09:00")
            .StartTestAsync();
    }

    private static DialogHarness Harness(string locale) =>
        DialogHarness.ForPrompt(
            new DateTimePrompt("when", TestLocalizer.Instance, timeProvider: FixedTimeProvider.ThursdayMorning()),
            Ask.Question("什么时候？"),
            locale);
}
