using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Tests.Support;
using static ZoneBot.Dialogs.Tests.Volunteers.Volunteering;

namespace ZoneBot.Dialogs.Tests.Volunteers;

/// <summary>The answers of the sign-up: wrong ones explained, retries, cancel, duplicates, a second team, privacy of the logs.</summary>
public sealed class SignUpAnswersTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("张", "至少需要2个字")]
    [InlineData("张三丰张三丰张三丰张三丰张三丰张三丰张三丰", "最多20个字")]
    [InlineData("张3", "只能是汉字或英文字母")]
    [InlineData("13805741234", "只能是汉字或英文字母")]
    public async Task A_bad_name_is_explained_and_asked_again(string name, string expected)
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");

        var reply = await chat.SayAsync(name);

        Assert.Contains(expected, reply);
        Assert.Contains("请输入您的姓名", reply);
        Assert.Contains("手机号", await chat.SayAsync("Li Ming"));
    }

    [Theory]
    [InlineData("12345", "不是有效的电话号码")]
    [InlineData("0574-63012345", "固定电话不能用来报名")]
    public async Task A_bad_phone_is_explained_and_asked_again(string phone, string expected)
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("钱多多");

        var reply = await chat.SayAsync(phone);

        Assert.Contains(expected, reply);
        Assert.Contains("是否填写您所在的企业", await chat.SayAsync("138 0574 0021"));
    }

    [Fact]
    public async Task Bad_answers_keep_what_was_given_explain_the_step_and_store_nothing_yet()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("钱多多");
        await chat.SayAsync("123");
        await chat.SayAsync("456");

        var third = await chat.SayAsync("789");

        Assert.DoesNotContain("多次没有填对", third);
        Assert.Contains("输入11位手机号", third);
        Assert.Equal(0, await VolunteersOfChatAsync(bot, chat));
        Assert.Contains("是否填写您所在的企业", await chat.SayAsync("13805740032"));
        await chat.SayAsync("跳过");
        Assert.Contains("钱多多", await chat.SayAsync("周末"));
    }

    [Fact]
    public async Task Cancel_halfway_leaves_the_flow_and_stores_nothing()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("钱多多");
        await chat.SayAsync("13805740031");

        Assert.Contains("已取消", await chat.SayAsync("取消"));
        Assert.Equal(0, await VolunteersWithPhoneAsync(bot, "13805740031"));
        Assert.Equal(0, await VolunteersOfChatAsync(bot, chat));
    }

    [Fact]
    public async Task Saying_no_at_the_summary_stores_nothing()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("钱多多");
        await chat.SayAsync("13805740032");
        await chat.SayAsync("否");
        await chat.SayAsync("都可以");

        Assert.Contains("本次报名已放弃", await chat.SayAsync("否"));
        Assert.Equal(0, await VolunteersWithPhoneAsync(bot, "13805740032"));
    }

    [Fact]
    public async Task The_same_phone_for_the_same_team_is_told_since_when_and_changes_nothing()
    {
        await SignUpAsync(bot.NewChat(), Patrol, "郑一鸣", "13805740041");
        var alerts = await AlertsAsync(bot);
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("郑二鸣");

        var reply = await chat.SayAsync("13805740041");

        Assert.Matches(@"手机号 138\*\*\*\*0041 已于\d{4}年\d{1,2}月\d{1,2}日报名平安巡防志愿者队伍，无需重复报名", reply);
        Assert.Equal(1, await MembershipsOfPhoneAsync(bot, "13805740041"));
        Assert.Equal(alerts, await AlertsAsync(bot));
        Assert.Equal(0, await ScalarAsync(bot, "SELECT COUNT(*) FROM volunteers WHERE name = '郑二鸣'"));
    }

    [Fact]
    public async Task A_second_team_adds_a_membership_to_the_same_person()
    {
        var chat = bot.NewChat();
        await SignUpAsync(chat, Patrol, "冯晓光", "13805740051");

        Assert.Contains("报名成功", await SignUpAsync(chat, River, "冯晓光", "13805740051", availability: "工作日"));

        Assert.Equal(1, await VolunteersWithPhoneAsync(bot, "13805740051"));
        Assert.Equal(2, await MembershipsOfPhoneAsync(bot, "13805740051"));
        Assert.Equal("weekdays", (await MembershipAsync(bot, "13805740051", River)).Availability);
    }

    [Fact]
    public async Task The_employer_is_optional_and_found_with_the_firm_search()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("卫子夫");
        await chat.SayAsync("13805740071");
        Assert.Contains("贵公司的名称", await chat.SayAsync("是"));
        await chat.SayAsync("华信电器");
        await chat.SayAsync("是");

        var summary = await chat.SayAsync("周末");

        Assert.Contains("所在企业：慈溪市华信电器有限公司", summary);
        await chat.SayAsync("是");
        Assert.NotNull((await MembershipAsync(bot, "13805740071", Patrol)).EmployerFirmId);
    }

    [Fact]
    public async Task Availability_not_understood_is_explained_and_asked_again()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("卫青");
        await chat.SayAsync("13805740081");
        await chat.SayAsync("否");

        Assert.Contains("没有看懂您的时间", await chat.SayAsync("看情况吧"));
        Assert.Contains("可参加时间：工作日、晚上", await chat.SayAsync("平时下班后"));
    }

    [Fact]
    public async Task Help_at_a_step_explains_it_and_keeps_the_step()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");

        var help = await chat.SayAsync("帮助");

        Assert.Contains("真实姓名", help);
        Assert.Contains("请输入您的姓名", help);
    }

    [Fact]
    public async Task The_logs_show_the_phone_masked_and_never_in_full()
    {
        await SignUpAsync(bot.NewChat(), River, "蒋文静", "13805740091");

        Assert.Contains(bot.Logs.Lines, line => line.Contains("138****0091", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains("13805740091", StringComparison.Ordinal) || line.Contains("蒋文静", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_english_chat_signs_up_in_english()
    {
        var chat = bot.NewChat("en-US");
        Assert.Contains("What we collect", await chat.SayAsync("volunteer"));
        Assert.Contains("Which team", await chat.SayAsync("I agree"));
        await chat.SayAsync("2");
        await chat.SayAsync("Li Ming");
        await chat.SayAsync("13805740101");
        await chat.SayAsync("no");

        var summary = await chat.SayAsync("weekends and evenings");

        Assert.Contains("Available: Weekends, Evenings", summary);
        Assert.Contains($"signed up for {Patrol}", await chat.SayAsync("yes"));
    }

    [Fact]
    public async Task A_channel_delivering_the_confirmation_twice_signs_up_once()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("杨过");
        await chat.SayAsync("13805740111");
        await chat.SayAsync("否");
        await chat.SayAsync("周末");
        var alerts = await AlertsAsync(bot);

        var first = Chat.Texts(await chat.SendAsync(Confirmation()));
        var again = Chat.Texts(await chat.SendAsync(Confirmation()));

        Assert.Contains("报名成功", first);
        Assert.Equal(first, again);
        Assert.Equal(1, await MembershipsOfPhoneAsync(bot, "13805740111"));
        Assert.Equal(alerts + 1, await AlertsAsync(bot));

        static IActivity Confirmation()
        {
            // As Web Chat marks a message it sends again (the test adapter numbers activity ids itself).
            var activity = (Activity)MessageFactory.Text("是");
            activity.ChannelData = new Newtonsoft.Json.Linq.JObject { ["clientActivityID"] = "confirm-once" };
            return activity;
        }
    }
}
