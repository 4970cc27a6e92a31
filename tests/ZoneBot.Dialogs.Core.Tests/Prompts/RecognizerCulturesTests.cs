using System.Globalization;

namespace ZoneBot.Dialogs.Core.Tests.Prompts;

public class RecognizerCulturesTests
{
    [Fact]
    public void Chinese_numerals_are_read_whatever_thread_culture_each_turn_runs_under()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "zh-CN", "en-US", "", "zh-CN" })
            {
                // The Bot Framework sets the thread culture from each activity's locale.
                CultureInfo.CurrentCulture = new CultureInfo(culture);

                Assert.Equal(35m, NumberPrompt.Recognize("三十五", Locales.Chinese));
                Assert.Equal(30m, NumberPrompt.Recognize("三十", Locales.English));
                Assert.Equal(CultureInfo.CurrentCulture.Name, culture);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData("zh-CN", "明天下午三点", "zh-cn")]
    [InlineData("en-US", "tomorrow at 3pm", "en-us")]
    [InlineData("en-GB", "next monday", "en-us")]
    [InlineData(null, "周一上午", "zh-cn")]
    public void A_locale_tries_its_own_language_first(string? locale, string text, string first)
    {
        Assert.Equal(first, RecognizerCultures.For(Locales.Resolve(locale), text).First());
    }

    [Theory]
    [InlineData("zh-CN", "尽快来看看吧", new[] { "zh-cn" })]
    [InlineData("zh-CN", "下周 monday 可以", new[] { "zh-cn", "en-us" })]
    [InlineData("zh-CN", "3号下午", new[] { "zh-cn", "en-us" })]
    [InlineData("en-US", "asap please", new[] { "en-us" })]
    [InlineData("en-US", "明天下午", new[] { "en-us", "zh-cn" })]
    [InlineData("en-US", "on the 3rd", new[] { "en-us", "zh-cn" })]
    public void The_other_language_is_tried_only_where_the_text_has_something_it_can_read(string locale, string text, string[] cultures)
    {
        Assert.Equal(cultures, RecognizerCultures.For(locale, text));
    }

    [Theory]
    [InlineData("tomorrow at 3pm", "zh-CN")]
    [InlineData("明天下午3点", "en-US")]
    public void A_date_in_the_other_language_is_still_read(string text, string locale)
    {
        var now = new DateTime(2026, 12, 3, 9, 0, 0);

        var resolution = Assert.Single(DateTimeResolver.Resolve(text, locale, now));

        Assert.Equal(new DateTime(2026, 12, 4, 15, 0, 0), resolution.Value);
    }

    [Fact]
    public void A_number_written_in_chinese_is_read_under_an_english_locale_and_a_sentence_with_none_reads_nothing()
    {
        Assert.Equal(12m, NumberPrompt.Recognize("十二个人", Locales.English));
        Assert.Null(NumberPrompt.Recognize("没有人", Locales.English));
        Assert.Null(NumberPrompt.Recognize("nobody yet", Locales.Chinese));
    }
}
