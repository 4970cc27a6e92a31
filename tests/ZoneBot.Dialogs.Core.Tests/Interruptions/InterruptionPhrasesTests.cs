namespace ZoneBot.Dialogs.Core.Tests.Interruptions;

public class InterruptionPhrasesTests
{
    [Theory]
    [InlineData("取消", Interruption.Cancel)]
    [InlineData("  退出  ", Interruption.Cancel)]
    [InlineData("CANCEL", Interruption.Cancel)]
    [InlineData("帮助", Interruption.Help)]
    [InlineData("?", Interruption.Help)]
    [InlineData("？", Interruption.Help)]
    [InlineData("重新开始", Interruption.Restart)]
    [InlineData("ｒｅｓｔａｒｔ", Interruption.Restart)]
    [InlineData("取消订单怎么办", Interruption.None)]
    [InlineData("算了", Interruption.None)]
    [InlineData("", Interruption.None)]
    [InlineData(null, Interruption.None)]
    public void Chinese_defaults_match_the_whole_message_whatever_the_case_and_width(string? text, Interruption expected)
    {
        Assert.Equal(expected, InterruptionPhrases.Chinese.Match(text));
    }

    [Theory]
    [InlineData("Cancel", Interruption.Cancel)]
    [InlineData("never mind", Interruption.Cancel)]
    [InlineData("HELP", Interruption.Help)]
    [InlineData("start over", Interruption.Restart)]
    [InlineData("please cancel my ticket", Interruption.None)]
    [InlineData("取消", Interruption.None)]
    public void English_defaults_match_the_whole_message(string text, Interruption expected)
    {
        Assert.Equal(expected, InterruptionPhrases.English.Match(text));
    }

    [Fact]
    public void Every_locale_has_defaults()
    {
        Assert.Same(InterruptionPhrases.Chinese, InterruptionPhrases.Defaults[Locales.Chinese]);
        Assert.Same(InterruptionPhrases.English, InterruptionPhrases.Defaults[Locales.English]);
    }
}
