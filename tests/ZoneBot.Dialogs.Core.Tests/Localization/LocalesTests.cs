namespace ZoneBot.Dialogs.Core.Tests.Localization;

public class LocalesTests
{
    [Theory]
    [InlineData("en-US", "en-US")]
    [InlineData("en-us", "en-US")]
    [InlineData("EN-GB", "en-US")]
    [InlineData("en", "en-US")]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("fr-FR", "zh-CN")]
    [InlineData("", "zh-CN")]
    [InlineData(null, "zh-CN")]
    public void English_locales_resolve_to_english_and_everything_else_to_chinese(string? locale, string expected)
    {
        Assert.Equal(expected, Locales.Resolve(locale));
    }
}
