using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Tests.Support;
using static ZoneBot.Dialogs.Tests.Volunteers.Volunteering;

namespace ZoneBot.Dialogs.Tests.Volunteers;

/// <summary>志愿者报名 on the demo zone, as people type it. Each test uses phones of its own.</summary>
public sealed class VolunteerSignUpDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task Consent_comes_first_and_says_what_is_collected_why_who_sees_it_and_how_to_leave()
    {
        var chat = bot.NewChat();

        var replies = await chat.SendAsync(MessageFactory.Text("想报名当志愿者"));
        var consent = Chat.Texts(replies);
        var buttons = replies.SelectMany(reply => reply.SuggestedActions?.Actions ?? []).Select(action => action.Title);

        Assert.Equal(["同意", "不同意"], buttons);
        Assert.Contains("收集什么：姓名、手机号", consent);
        Assert.Contains("用来做什么", consent);
        Assert.Contains("谁能看到：您所报队伍的负责人", consent);
        Assert.Contains("“删除我的信息”", consent);
    }

    [Theory]
    [InlineData(Patrol, "13805740001", "巡查园区道路")]
    [InlineData(River, "13805740002", "守护家门口的河道")]
    [InlineData(Party, "13805740003", "党员带头")]
    public async Task Each_team_can_be_joined_and_its_leader_is_alerted_with_the_phone_masked(string team, string phone, string description)
    {
        var chat = bot.NewChat();
        var name = "林" + phone[^2..] switch { "01" => "晓峰", "02" => "雨桐", _ => "国庆" };
        await chat.SayAsync("志愿者报名");

        var teams = await chat.SayAsync("同意");
        Assert.Contains(description, teams);
        var afterTeam = await chat.SayAsync(team);
        if (team == Party)
        {
            Assert.Contains("您是党员吗", afterTeam);
            afterTeam = await chat.SayAsync("是");
        }
        Assert.Contains("请输入您的姓名", afterTeam);
        Assert.Contains("手机号", await chat.SayAsync(name));
        Assert.Contains("是否填写您所在的企业", await chat.SayAsync(phone));
        Assert.Contains("什么时间可以参加", await chat.SayAsync("不用了"));
        var summary = await chat.SayAsync("周末和晚上");

        Assert.Contains($"队伍：{team}", summary);
        Assert.Contains($"姓名：{name}", summary);
        Assert.Contains($"手机号：{phone}", summary);
        Assert.Contains("所在企业：未填写", summary);
        Assert.Contains("可参加时间：周末、晚上", summary);
        Assert.Equal(team == Party, summary.Contains("党员：是", StringComparison.Ordinal));
        Assert.Contains($"报名成功！您已加入{team}", await chat.SayAsync("确认"));

        var stored = await MembershipAsync(bot, phone, team);
        Assert.Equal("weekends,evenings", stored.Availability);
        Assert.Equal(team == Party ? true : null, stored.PartyMember);
        Assert.False(string.IsNullOrEmpty(stored.ConsentAt));
        var alert = Assert.Single(await AlertsAboutAsync(bot, name));
        Assert.Equal((long?)await LeaderOfAsync(team), alert.Recipient);
        Assert.Contains($"{phone[..3]}****{phone[^4..]}", alert.Payload);
        Assert.DoesNotContain(phone, alert.Payload);
        Assert.Contains(team, alert.Payload);
    }

    [Fact]
    public async Task The_team_list_gives_one_line_per_team_with_how_many_have_joined()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("志愿者报名");

        var teams = await chat.SayAsync("同意");

        Assert.Contains($"1. {Party}：", teams);
        Assert.Contains($"2. {Patrol}：", teams);
        Assert.Contains($"3. {River}：", teams);
        Assert.Contains($"已有{await MembersOfTeamAsync(bot, River)}人报名", teams);
    }

    [Theory]
    [InlineData("不同意")]
    [InlineData("不要")]
    public async Task A_declined_consent_ends_the_flow_and_stores_nothing(string answer)
    {
        var chat = bot.NewChat();
        await chat.SayAsync("志愿者报名");

        Assert.Contains("没有保存您的任何信息", await chat.SayAsync(answer));
        Assert.Equal(0, await VolunteersOfChatAsync(bot, chat));
        Assert.Contains("没有理解", await chat.SayAsync("是"));
    }

    [Theory]
    [InlineData("好的")]
    [InlineData("不太同意")]
    public async Task Only_an_explicit_agreement_counts_as_consent(string answer)
    {
        var chat = bot.NewChat();
        await chat.SayAsync("志愿者报名");

        var reply = await chat.SayAsync(answer);

        Assert.Contains("“同意”", reply);
        Assert.DoesNotContain("请选择要加入的队伍", reply);
        Assert.Contains("请选择要加入的队伍", await chat.SayAsync("同意"));
    }

    [Theory]
    [InlineData("我想参加巡防队", Patrol, "13805740011")]
    [InlineData("我要报名河小二", River, "13805740012")]
    public async Task A_team_named_in_the_first_message_is_chosen_without_asking(string opening, string team, string phone)
    {
        var chat = bot.NewChat();
        await chat.SayAsync(opening);

        var afterConsent = await chat.SayAsync("同意");

        Assert.DoesNotContain("请选择要加入的队伍", afterConsent);
        Assert.Contains("请输入您的姓名", afterConsent);
        await chat.SayAsync("马晓云");
        await chat.SayAsync(phone);
        await chat.SayAsync("否");
        Assert.Contains($"队伍：{team}", await chat.SayAsync("晚上"));
    }

    [Fact]
    public async Task Party_membership_is_asked_only_for_the_party_team()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("志愿者报名");
        await chat.SayAsync("同意");

        var afterPatrol = await chat.SayAsync("巡防");

        Assert.DoesNotContain("党员", afterPatrol);
        Assert.Contains("请输入您的姓名", afterPatrol);
    }

    [Fact]
    public async Task A_non_member_choosing_the_party_team_is_told_kindly_and_offered_the_other_teams()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("志愿者报名");
        await chat.SayAsync("同意");
        Assert.Contains("只接受中共党员", await chat.SayAsync("1"));

        var buttons = await chat.ButtonsAfterAsync("不是");

        Assert.Equal([Patrol, River], buttons);
        await chat.SayAsync("河小二");
        await chat.SayAsync("褚明亮");
        await chat.SayAsync("13805740061");
        await chat.SayAsync("否");
        var summary = await chat.SayAsync("周末");
        Assert.Contains($"队伍：{River}", summary);
        Assert.DoesNotContain("党员", summary);
        await chat.SayAsync("是");
        Assert.Null((await MembershipAsync(bot, "13805740061", River)).PartyMember);
    }

    private Task<long> LeaderOfAsync(string team) =>
        ScalarAsync(bot, "SELECT leader_officer_id FROM volunteer_teams WHERE name = @team", new { team });
}
