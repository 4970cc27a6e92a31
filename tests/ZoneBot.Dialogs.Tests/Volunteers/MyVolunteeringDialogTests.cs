using ZoneBot.Dialogs.Tests.Support;
using static ZoneBot.Dialogs.Tests.Volunteers.Volunteering;

namespace ZoneBot.Dialogs.Tests.Volunteers;

/// <summary>我的报名, 退出 and 删除我的信息: a volunteer sees and leaves their own teams, and their data goes with the last one.</summary>
public sealed class MyVolunteeringDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task Someone_who_never_signed_up_is_told_so_and_how_to()
    {
        Assert.Contains("您还没有报名志愿者队伍", await bot.NewChat().SayAsync("我的报名"));
    }

    [Fact]
    public async Task My_sign_ups_lists_my_teams_with_my_own_phone_in_full_and_what_I_can_do()
    {
        var chat = bot.NewChat();
        await SignUpAsync(chat, Patrol, "韩梅梅", "13805741101", availability: "周末和晚上");
        await SignUpAsync(chat, River, "韩梅梅", "13805741101", availability: "工作日");

        var replies = await chat.SendAsync(Microsoft.Bot.Builder.MessageFactory.Text("我的报名"));
        var text = Chat.Texts(replies);
        var buttons = replies.SelectMany(reply => reply.SuggestedActions?.Actions ?? []).Select(action => action.Title);

        Assert.Contains("报名人：韩梅梅，手机号 13805741101", text);
        Assert.Matches(@"· 平安巡防志愿者队伍：\d{4}年\d{1,2}月\d{1,2}日报名，可参加时间：周末、晚上", text);
        Assert.Contains("· 家门口河小二志愿者队伍：", text);
        Assert.Equal([$"退出{Patrol}", $"退出{River}", "删除我的信息", "返回"], buttons);
    }

    [Fact]
    public async Task Leaving_one_of_two_teams_keeps_me_in_the_other()
    {
        var chat = bot.NewChat();
        await SignUpAsync(chat, Patrol, "李雷", "13805741111");
        await SignUpAsync(chat, River, "李雷", "13805741111");
        await chat.SayAsync("我的报名");

        Assert.Contains($"确定退出{Patrol}吗？", await chat.SayAsync($"退出{Patrol}"));
        Assert.Contains($"已退出{Patrol}。", await chat.SayAsync("是"));

        Assert.Equal(1, await MembershipsOfPhoneAsync(bot, "13805741111"));
        var again = await chat.SayAsync("我的报名");
        Assert.DoesNotContain(Patrol, again);
        Assert.Contains(River, again);
    }

    [Fact]
    public async Task Leaving_the_last_team_deletes_my_row_from_the_database_and_says_so()
    {
        var chat = bot.NewChat();
        await SignUpAsync(chat, River, "周小川", "13805741121");
        await chat.SayAsync("我的报名");

        Assert.Contains("这是您报名的最后一支队伍，退出后您的姓名、手机号和所在企业将被删除", await chat.SayAsync("1"));
        Assert.Contains("已从系统中删除", await chat.SayAsync("是"));

        Assert.Equal(0, await VolunteersWithPhoneAsync(bot, "13805741121"));
        Assert.Equal(0, await VolunteersOfChatAsync(bot, chat));
        Assert.Empty(await AlertsAboutAsync(bot, "周小川"));
        Assert.Contains("您还没有报名志愿者队伍", await chat.SayAsync("我的报名"));
    }

    [Fact]
    public async Task Saying_which_team_to_leave_goes_straight_to_the_question()
    {
        var chat = bot.NewChat();
        await SignUpAsync(chat, Patrol, "孔令辉", "13805741131");

        var reply = await chat.SayAsync("我要退出巡防队");

        Assert.Contains($"确定退出{Patrol}吗", reply);
        Assert.Contains($"您仍在{Patrol}", await chat.SayAsync("不了"));
        Assert.Equal(1, await MembershipsOfPhoneAsync(bot, "13805741131"));
    }

    [Fact]
    public async Task Deleting_my_data_leaves_every_team_and_removes_me_after_one_confirmation()
    {
        var chat = bot.NewChat();
        await SignUpAsync(chat, Patrol, "邓亚萍", "13805741141");
        await SignUpAsync(chat, River, "邓亚萍", "13805741141");

        var question = await chat.SayAsync("删除我的信息");

        Assert.Contains($"将退出您报名的全部队伍（{Patrol}、{River}）", question);
        Assert.Contains("已退出2支队伍，您的志愿者信息已全部删除", await chat.SayAsync("是"));
        Assert.Equal(0, await VolunteersWithPhoneAsync(bot, "13805741141"));
        Assert.Equal(0, await MembershipsOfPhoneAsync(bot, "13805741141"));
    }

    [Fact]
    public async Task Deleting_can_also_be_chosen_from_my_sign_ups_and_declined()
    {
        var chat = bot.NewChat();
        await SignUpAsync(chat, River, "王楠", "13805741151");
        await chat.SayAsync("我的报名");

        Assert.Contains("确定删除吗", await chat.SayAsync("删除我的信息"));
        Assert.Contains("没有删除任何信息", await chat.SayAsync("否"));
        Assert.Equal(1, await VolunteersWithPhoneAsync(bot, "13805741151"));
    }

    [Fact]
    public async Task Nothing_to_delete_is_said_plainly()
    {
        Assert.Contains("没有保存您的志愿者信息", await bot.NewChat().SayAsync("删除我的信息"));
    }

    [Fact]
    public async Task Another_chat_user_sees_nothing_of_my_sign_ups()
    {
        await SignUpAsync(bot.NewChat(), River, "张怡宁", "13805741161");

        var other = await bot.NewChat().SayAsync("我的报名");

        Assert.Contains("您还没有报名志愿者队伍", other);
        Assert.DoesNotContain("张怡宁", other);
    }

    [Fact]
    public async Task Back_returns_to_the_menu()
    {
        var chat = bot.NewChat();
        await SignUpAsync(chat, River, "刘国梁", "13805741171");
        await chat.SayAsync("我的报名");

        Assert.Contains("报事", await chat.ButtonsAfterAsync("返回"));
        Assert.Equal(1, await VolunteersWithPhoneAsync(bot, "13805741171"));
    }
}
