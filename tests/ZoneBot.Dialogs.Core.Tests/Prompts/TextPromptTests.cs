using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

public class TextPromptTests
{
    private const string Zh = Locales.Chinese;
    private const string En = Locales.English;

    [Theory]
    [InlineData(Zh, "  消防通道被三轮车堵住了  ", "消防通道被三轮车堵住了")]
    [InlineData(En, "  The fire exit is blocked ", "The fire exit is blocked")]
    public async Task Text_prompt_returns_the_answer_trimmed(string locale, string answer, string expected)
    {
        await Harness(locale, maxLength: null).Flow()
            .Send("go").AssertReply("Q")
            .Send(answer).AssertReply($"result: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Zh, "   ", "内容不能为空。")]
    [InlineData(En, "", "The answer cannot be empty.")]
    [InlineData(Zh, "堵了", "太短了，至少3个字。")]
    [InlineData(En, "no", "Too short: at least 3 characters.")]
    [InlineData(Zh, "一二三四五六七八九十十一", "太长了，最多10个字。")]
    [InlineData(En, "far too long an answer", "Too long: at most 10 characters.")]
    public async Task Text_prompt_rejects_each_bad_answer_with_its_own_reason(string locale, string answer, string reason)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("Q")
            .Send(answer).AssertReply($"{reason}\nQ")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Zh, "请用文字回答。")]
    [InlineData(En, "Please answer in text.")]
    public async Task Text_prompt_rejects_a_photo_without_text(string locale, string reason)
    {
        var photo = new Activity(ActivityTypes.Message)
        {
            Locale = locale,
            Attachments = [new Attachment("image/jpeg", "https://example.invalid/p.jpg")],
        };

        await Harness(locale).Flow()
            .Send("go").AssertReply("Q")
            .Send(photo).AssertReply($"{reason}\nQ")
            .StartTestAsync();
    }

    [Fact]
    public async Task Text_prompt_counts_characters_as_people_see_them()
    {
        // Five emoji are ten UTF-16 code units but five characters.
        await Harness(Zh, maxLength: 5).Flow()
            .Send("go").AssertReply("Q")
            .Send("🔥🔥🔥🔥🔥").AssertReply("result: 🔥🔥🔥🔥🔥")
            .StartTestAsync();
    }

    [Fact]
    public void Text_prompt_refuses_a_minimum_above_its_maximum()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextPrompt("t", TestLocalizer.Instance, minLength: 5, maxLength: 2));
    }

    private static DialogHarness Harness(string locale, int? minLength = 3, int? maxLength = 10) =>
        DialogHarness.ForPrompt(
            new TextPrompt("t", TestLocalizer.Instance, minLength: minLength, maxLength: maxLength),
            new PromptOptions { Prompt = new PromptQuestion("Q") },
            locale);
}
