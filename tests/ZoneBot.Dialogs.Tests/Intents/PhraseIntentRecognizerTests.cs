using ZoneBot.Dialogs.Intents;

namespace ZoneBot.Dialogs.Tests.Intents;

public sealed class PhraseIntentRecognizerTests
{
    private readonly PhraseIntentRecognizer _recognizer = new();

    [Theory]
    [InlineData("报事", Intent.FileIssue)]
    [InlineData("我要反映个问题", Intent.FileIssue)]
    [InlineData("厂区消防通道被堵了", Intent.FileIssue)]
    [InlineData("污水管道破了要报修", Intent.FileIssue)]
    [InlineData("查询工单", Intent.MyTickets)]
    [InlineData("我报的事怎么样了", Intent.MyTickets)]
    [InlineData("找社管员", Intent.FindLiaison)]
    [InlineData("我们网格员是谁", Intent.FindLiaison)]
    [InlineData("社管员电话多少", Intent.FindLiaison)]
    [InlineData("志愿者报名", Intent.Volunteer)]
    [InlineData("想报名当志愿者", Intent.Volunteer)]
    [InlineData("我想参加巡防队", Intent.Volunteer)]
    [InlineData("我是党员，想报名", Intent.Volunteer)]
    [InlineData("我的报名", Intent.MyVolunteering)]
    [InlineData("查看我的报名", Intent.MyVolunteering)]
    [InlineData("我要退出巡防队", Intent.MyVolunteering)]
    [InlineData("退出党员志愿者队伍", Intent.MyVolunteering)]
    [InlineData("退出家门口河小二志愿者队伍", Intent.MyVolunteering)]
    [InlineData("不想当志愿者了", Intent.MyVolunteering)]
    [InlineData("删除我的信息", Intent.DeleteMyData)]
    [InlineData("请删除我的志愿者信息", Intent.DeleteMyData)]
    [InlineData("帮助", Intent.Help)]
    [InlineData("菜单", Intent.Menu)]
    [InlineData("  帮助 ", Intent.Help)]
    [InlineData("今天天气不错", Intent.None)]
    [InlineData("", Intent.None)]
    public void Chinese_phrasings_reach_their_flow(string text, Intent expected)
    {
        Assert.Equal(expected, _recognizer.Recognize(text, "zh-CN"));
    }

    [Theory]
    [InlineData("help", Intent.Help)]
    [InlineData("HELP", Intent.Help)]
    [InlineData("I want to report an issue", Intent.FileIssue)]
    [InlineData("who is my liaison?", Intent.FindLiaison)]
    [InlineData("my tickets", Intent.MyTickets)]
    [InlineData("my sign-ups", Intent.MyVolunteering)]
    [InlineData("please delete my data", Intent.DeleteMyData)]
    [InlineData("报事", Intent.FileIssue)]
    public void English_phrasings_and_chinese_menu_words_work_in_an_english_chat(string text, Intent expected)
    {
        Assert.Equal(expected, _recognizer.Recognize(text, "en-US"));
    }
}
