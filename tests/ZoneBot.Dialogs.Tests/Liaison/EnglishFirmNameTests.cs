using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Liaison;

/// <summary>A firm found by its English name, and both names in English replies.</summary>
public sealed class EnglishFirmNameTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task In_english_a_firm_is_found_by_its_english_name_and_replies_show_both_names()
    {
        var chat = bot.NewChat("en-US");

        var asked = await chat.SayAsync("who is my liaison?");
        var confirm = await chat.SayAsync("we are huaxin electrical appliance");
        var answer = await chat.SayAsync("yes");

        Assert.False(string.IsNullOrWhiteSpace(asked));
        Assert.Contains("Are you 慈溪市华信电器有限公司 (Cixi Huaxin Electrical Appliance Co., Ltd.)?", confirm);
        Assert.Contains("慈溪市华信电器有限公司 (Cixi Huaxin Electrical Appliance Co., Ltd.) is in 1号网格", answer);
    }

    [Fact]
    public async Task In_chinese_the_english_name_finds_the_firm_and_the_reply_keeps_the_chinese_name()
    {
        var chat = bot.NewChat();

        await chat.SayAsync("找社管员");
        var confirm = await chat.SayAsync("Cixi Huaxin Electrical");

        Assert.Contains("慈溪市华信电器有限公司", confirm);
        Assert.DoesNotContain("Ltd.", confirm);
    }
}
