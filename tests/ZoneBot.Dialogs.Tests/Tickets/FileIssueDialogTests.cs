using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Tickets;

/// <summary>报事 from the first word to the ticket number, in Chinese, as a firm's clerk types it.</summary>
public sealed class FileIssueDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    private const string TicketsOfFirm = "SELECT COUNT(*) FROM tickets WHERE firm_id = @firmId";

    [Fact]
    public async Task The_whole_happy_path_files_a_ticket_and_names_the_liaison_and_the_deadline()
    {
        var chat = bot.NewChat();

        Assert.Contains("贵公司的名称", await chat.SayAsync("报事"));
        Assert.Contains("您是 慈溪市华信电器有限公司 吗", await chat.SayAsync("华信电器"));
        Assert.Contains("请选择问题的类别", await chat.SayAsync("是"));
        Assert.Contains("请描述", await chat.SayAsync("安全生产和消防安全"));
        // The place is in the description: it is not asked for.
        Assert.Contains("紧急吗", await chat.SayAsync("仓库门口的消防通道被货物堵住两天了"));
        Assert.Contains("照片", await chat.SayAsync("紧急"));
        Assert.Contains("联系人怎么称呼", await chat.SayAsync("没有"));
        Assert.Contains("联系电话", await chat.SayAsync("张经理"));
        Assert.Contains("上门查看", await chat.SayAsync("138 0574 1234"));
        var summary = await chat.SayAsync("明天下午3点");

        Assert.Contains("企业：慈溪市华信电器有限公司", summary);
        Assert.Contains("类别：安全生产和消防安全", summary);
        Assert.Contains("问题描述：仓库门口的消防通道被货物堵住两天了", summary);
        Assert.Contains("位置：仓库门口", summary);
        Assert.Contains("紧急程度：紧急", summary);
        Assert.Contains("联系人：张经理，电话 13805741234", summary);
        Assert.Contains("15:00", summary);

        var filed = await chat.SayAsync("确认提交");

        Assert.Matches(@"工单号 ZB-\d{8}-\d{4}", filed);
        Assert.Contains("周海燕", filed);
        Assert.Contains("19900000001", filed);
        Assert.Contains("首次响应时限", filed);
        var number = System.Text.RegularExpressions.Regex.Match(filed, @"ZB-\d{8}-\d{4}").Value;
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM tickets WHERE number = @number AND urgency = 'urgent' AND category = 'safety'", new { number }));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE t.number = @number", new { number }));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.filed' AND payload LIKE '%' || @number || '%'", new { number }));
    }

    [Fact]
    public async Task A_first_message_that_describes_the_problem_proposes_the_category_and_starts_the_description()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(2));

        Assert.Contains("听起来是“安全生产和消防安全”方面的问题", await chat.SayAsync("厂区消防通道被堵了"));
        Assert.Contains("已记下：“厂区消防通道被堵了”", await chat.SayAsync("对"));
        Assert.Contains("至少需要10个字", await chat.SayAsync("没有"));
        await chat.SayAsync("在2号仓库门口");
        var summary = await FillTheRestAsync(chat);

        Assert.Contains("问题描述：厂区消防通道被堵了。在2号仓库门口", summary);
        Assert.Contains("类别：安全生产和消防安全", summary);
    }

    [Fact]
    public async Task Declining_the_proposed_category_lists_them_all()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(3));
        await chat.SayAsync("污水管道破了要报修");

        var buttons = await chat.ButtonsAfterAsync("不是");

        Assert.Equal(["党的建设", "安全生产和消防安全", "环境保护和五水共治", "疫情防控等社会事务", "企业服务", "其他"], buttons);
    }

    [Fact]
    public async Task Optional_fields_can_be_skipped()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(4));
        await chat.SayAsync("报事");
        await chat.SayAsync("企业服务");
        await chat.SayAsync("园区路灯坏了一个星期，晚上下班很不安全");
        await chat.SayAsync("跳过");
        await chat.SayAsync("一般");
        await chat.SayAsync("没有");
        await chat.SayAsync("李女士");
        await chat.SayAsync("13905741234");

        var summary = await chat.SayAsync("跳过");

        Assert.Contains("位置：无", summary);
        Assert.Contains("照片：0张", summary);
        Assert.Contains("希望上门时间：无", summary);
    }

    [Theory]
    [InlineData("description", "太吵", "至少需要10个字")]
    [InlineData("phone", "12345", "不是有效的电话号码")]
    [InlineData("phone", "abc", "不是有效的电话号码")]
    [InlineData("visit", "昨天上午9点", "时间已经过去了")]
    [InlineData("visit", "随便", "没有识别出时间")]
    public async Task A_wrong_answer_is_told_what_was_wrong_and_asked_again(string step, string wrong, string reason)
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(5));
        string[] answers = ["报事", "其他", "园区门口的道路积水严重，车辆无法通行", "跳过", "一般", "没有", "王先生", "13705741234"];
        var upTo = step switch { "description" => 2, "phone" => 7, _ => 8 };

        foreach (var answer in answers.Take(upTo))
        {
            await chat.SayAsync(answer);
        }
        var retry = await chat.SayAsync(wrong);

        Assert.Contains(reason, retry);
    }

    [Fact]
    public async Task Correcting_one_field_asks_just_that_one_again()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(6));
        await chat.SayAsync("报事");
        await chat.SayAsync("其他");
        await chat.SayAsync("希望园区增加几个共享充电桩方便员工");
        var summary = await FillTheRestAsync(chat);
        Assert.Contains("紧急程度：一般", summary);

        Assert.Contains("要修改哪一项", await chat.SayAsync("修改"));
        Assert.Contains("紧急吗", await chat.SayAsync("紧急程度"));
        var corrected = await chat.SayAsync("紧急");

        Assert.Contains("紧急程度：紧急", corrected);
        Assert.Contains("问题描述：希望园区增加几个共享充电桩方便员工", corrected);
        Assert.Contains("请确认", corrected);
    }

    [Fact]
    public async Task Cancel_halfway_stores_nothing()
    {
        var firmId = await bot.FirmIdAsync(7);
        var chat = await bot.NewChatForFirmAsync(firmId);
        await chat.SayAsync("报事");
        await chat.SayAsync("其他");
        await chat.SayAsync("食堂排烟管道漏油，味道很大影响办公");

        Assert.Contains("已取消", await chat.SayAsync("取消"));
        Assert.Equal(0, await bot.CountAsync(TicketsOfFirm, new { firmId }));
    }

    [Theory]
    [InlineData("zh-CN", "没有照片", "联系人怎么称呼")]
    [InlineData("zh-CN", "没拍照。", "联系人怎么称呼")]
    [InlineData("zh-CN", "手边没有照片", "联系人怎么称呼")]
    [InlineData("en-US", "No photos.", "contact")]
    public async Task Saying_there_is_no_photo_goes_on_without_one(string locale, string answer, string nextQuestion)
    {
        var firmId = await bot.FirmIdAsync(9);
        var chat = await bot.NewChatForFirmAsync(firmId, locale);
        await chat.SayAsync(locale == "en-US" ? "report an issue" : "报事");
        await chat.SayAsync(locale == "en-US" ? "Other" : "其他");
        await chat.SayAsync(locale == "en-US" ? "The street light at our east gate has been broken for a week" : "东门外的路灯坏了一个星期，晚上下班很不安全");
        await chat.SayAsync(locale == "en-US" ? "skip" : "跳过");
        await chat.SayAsync(locale == "en-US" ? "not urgent" : "一般");

        var reply = await chat.SayAsync(answer);

        Assert.Contains(nextQuestion, reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_photo_sent_at_the_photo_step_is_kept_as_a_reference()
    {
        var firmId = await bot.FirmIdAsync(8);
        var chat = await bot.NewChatForFirmAsync(firmId);
        await chat.SayAsync("报事");
        await chat.SayAsync("安全生产和消防安全");
        await chat.SayAsync("配电箱门坏了电线裸露在外面");
        await chat.SayAsync("跳过");
        await chat.SayAsync("紧急");
        var photo = MessageFactory.Attachment(new Attachment("image/jpeg", "https://files.example/box.jpg", name: "box.jpg"));

        Assert.Contains("联系人怎么称呼", Chat.Texts(await chat.SendAsync(photo)));
        await chat.SayAsync("赵工");
        await chat.SayAsync("13605741234");
        Assert.Contains("照片：1张", await chat.SayAsync("跳过"));
        await chat.SayAsync("确认提交");

        Assert.Equal(1, await bot.CountAsync(
            "SELECT COUNT(*) FROM ticket_attachments a JOIN tickets t ON t.id = a.ticket_id WHERE t.firm_id = @firmId AND a.url = 'https://files.example/box.jpg' AND a.content_type = 'image/jpeg'",
            new { firmId }));
    }

    [Fact]
    public async Task The_confirmation_delivered_twice_files_one_ticket_and_answers_the_same()
    {
        var firmId = await bot.FirmIdAsync(9);
        var chat = await bot.NewChatForFirmAsync(firmId);
        await chat.SayAsync("报事");
        await chat.SayAsync("其他");
        await chat.SayAsync("厂区东门外的围墙有一段倒塌了");
        await FillTheRestAsync(chat);
        Activity Confirm() => new() { Type = ActivityTypes.Message, Text = "确认提交", ChannelData = new JObject { ["clientActivityID"] = "confirm-1" } };

        var first = Chat.Texts(await chat.SendAsync(Confirm()));
        var again = Chat.Texts(await chat.SendAsync(Confirm()));

        Assert.Contains("工单号", first);
        Assert.Equal(first, again);
        Assert.Equal(1, await bot.CountAsync(TicketsOfFirm, new { firmId }));
    }

    [Fact]
    public async Task The_contact_of_the_last_ticket_is_offered_next_time()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(10));
        await chat.SayAsync("报事");
        await chat.SayAsync("其他");
        await chat.SayAsync("希望园区公交站增加一班晚班车");
        await FillTheRestAsync(chat);
        await chat.SayAsync("确认提交");

        await chat.SayAsync("报事");
        await chat.SayAsync("其他");
        await chat.SayAsync("员工停车场的地面坑洼需要修补");
        await chat.SayAsync("跳过");
        await chat.SayAsync("一般");
        Assert.Contains("联系人还是 孙经理，电话 13505741234 吗", await chat.SayAsync("没有"));
        Assert.Contains("上门查看", await chat.SayAsync("是"));
    }

    /// <summary>From the location question to the summary, with the usual answers.</summary>
    private static async Task<string> FillTheRestAsync(Chat chat)
    {
        await chat.SayAsync("跳过");
        await chat.SayAsync("一般");
        await chat.SayAsync("没有");
        await chat.SayAsync("孙经理");
        await chat.SayAsync("135-0574-1234");
        return await chat.SayAsync("跳过");
    }
}
