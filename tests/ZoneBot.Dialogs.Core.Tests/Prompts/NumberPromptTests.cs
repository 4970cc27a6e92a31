using ZoneBot.Dialogs.Core.Tests.Support;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

public class NumberPromptTests
{
    private const string Zh = Locales.Chinese;
    private const string En = Locales.English;

    [Theory]
    [InlineData(Zh, "35", "35")]
    [InlineData(Zh, "三十五", "35")]
    [InlineData(Zh, "３５", "35")]
    [InlineData(Zh, "两个", "2")]
    [InlineData(Zh, "我们有一百零五名员工", "105")]
    [InlineData(Zh, "3.5", "3.5")]
    [InlineData(En, "42", "42")]
    [InlineData(En, "twenty one", "21")]
    [InlineData(En, "about 12 people", "12")]
    [InlineData(En, "三十", "30")]
    public async Task Number_prompt_accepts_arabic_and_chinese_numerals_and_english_words(string locale, string answer, string expected)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("几个人？")
            .Send(answer).AssertReply($"result: {expected}")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Zh, "不清楚", "请输入一个数字。")]
    [InlineData(En, "lots", "Please enter a number.")]
    [InlineData(Zh, "零", "数字需要在1到500之间。")]
    [InlineData(Zh, "一千", "数字需要在1到500之间。")]
    [InlineData(En, "600", "The number must be between 1 and 500.")]
    public async Task Number_prompt_rejects_no_number_or_one_out_of_range(string locale, string answer, string reason)
    {
        await Harness(locale).Flow()
            .Send("go").AssertReply("几个人？")
            .Send(answer).AssertReply($"{reason}\n几个人？")
            .StartTestAsync();
    }

    [Fact]
    public async Task Number_prompt_with_only_a_minimum_says_the_open_end()
    {
        var harness = DialogHarness.ForPrompt(new NumberPrompt("n", TestLocalizer.Instance, min: 1), Ask.Question("几个人？"));

        await harness.Flow()
            .Send("go").AssertReply("几个人？")
            .Send("-3").AssertReply("数字需要在1到∞之间。\n几个人？")
            .StartTestAsync();
    }

    private static DialogHarness Harness(string locale) =>
        DialogHarness.ForPrompt(new NumberPrompt("n", TestLocalizer.Instance, min: 1, max: 500), Ask.Question("几个人？"), locale);
}
