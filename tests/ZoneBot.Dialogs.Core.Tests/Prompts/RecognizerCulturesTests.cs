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
    [InlineData("zh-CN", "zh-cn")]
    [InlineData("en-US", "en-us")]
    [InlineData("en-GB", "en-us")]
    [InlineData(null, "zh-cn")]
    public void A_locale_tries_its_own_language_first(string? locale, string first)
    {
        Assert.Equal(first, RecognizerCultures.For(Locales.Resolve(locale)).First());
    }
}
