using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Understanding;

/// <summary>The everyday cases a factory manager tried (issue 12), each as the chat goes now.</summary>
public sealed class IssueCasesDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    private const string OneMessage =
        "我是宁波永盛灯具科技有限公司的，厂区东门消防通道被隔壁堆放的货物堵住了，麻烦尽快处理，联系人王经理13905741234，明天上午10点后都可以来看";

    [Fact]
    public async Task One_message_with_every_fact_reaches_the_summary_in_two_turns()
    {
        var chat = bot.NewChat();

        Assert.Contains("您是 宁波永盛灯具科技有限公司 吗", await chat.SayAsync(OneMessage));
        var summary = await chat.SayAsync("是的");

        Assert.Contains("【报事信息】", summary);
        Assert.Contains("企业：宁波永盛灯具科技有限公司", summary);
        Assert.Contains("类别：安全生产和消防安全", summary);
        Assert.Contains("问题描述：" + OneMessage, summary);
        Assert.Contains("位置：厂区东门", summary);
        Assert.Contains("紧急程度：紧急", summary);
        Assert.Contains("联系人：王经理，电话 13905741234", summary);
        Assert.Matches(@"希望上门时间：\d+月\d+日 10:00", summary);

        Assert.Matches(@"工单号 ZB-\d{8}-\d{4}", await chat.SayAsync("确认提交"));
        Assert.Equal(1, await bot.CountAsync(
            "SELECT COUNT(*) FROM tickets t JOIN firms f ON f.id = t.firm_id WHERE f.short_name = '永盛灯具' AND t.contact_name = '王经理' AND t.preferred_visit_at IS NOT NULL AND t.urgency = 'urgent'"));
    }

    [Fact]
    public async Task A_name_with_a_phone_at_the_name_question_gives_both()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(70));
        await chat.SayAsync("报事");
        await chat.SayAsync("其他");
        await chat.SayAsync("厂区北面那条河的河面上全是白色泡沫");
        await chat.SayAsync("跳过");
        await chat.SayAsync("一般");
        Assert.Contains("怎么称呼", await chat.SayAsync("没有"));

        var next = await chat.SayAsync("王经理 13812345678");

        Assert.Contains("上门查看", next);
        Assert.DoesNotContain("联系电话", next);
        Assert.Contains("联系人：王经理，电话 13812345678", await chat.SayAsync("跳过"));
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("谢谢")]
    public async Task A_phone_or_thanks_is_no_contact_name(string answer)
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(71));
        foreach (var step in new[] { "报事", "其他", "厂区北面那条河的河面上全是白色泡沫", "跳过", "一般", "没有" })
        {
            await chat.SayAsync(step);
        }

        var retry = await chat.SayAsync(answer);

        Assert.Contains("不是联系人的称呼", retry);
        Assert.Contains("怎么称呼", retry);
    }

    [Theory]
    [InlineData("路灯不亮了", "企业服务")]
    [InlineData("隔壁厂晚上偷排废气", "环境保护和五水共治")]
    [InlineData("有人偷排废水", "环境保护和五水共治")]
    public async Task A_short_problem_sentence_starts_the_report_keeps_the_sentence_and_proposes_its_category(string sentence, string category)
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(72 + sentence.Length));

        Assert.Contains($"听起来是“{category}”方面的问题", await chat.SayAsync(sentence));
        Assert.Contains($"已记下：“{sentence}”", await chat.SayAsync("对"));
    }

    [Fact]
    public async Task A_long_problem_sentence_is_the_description_with_its_category()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(80));

        var (asked, summary) = await FormDriver.TicketAsync(chat, MessageFactory.Text("厂门口的路积水很深，车进不来"));

        Assert.DoesNotContain("description", asked);
        Assert.DoesNotContain("category", asked);
        Assert.DoesNotContain("location", asked);
        Assert.Contains("问题描述：厂门口的路积水很深，车进不来", summary);
        Assert.Contains("类别：环境保护和五水共治", summary);
        Assert.Contains("位置：厂门口", summary);
    }

    [Fact]
    public async Task An_english_problem_sentence_starts_the_report()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(81), "en-US");

        var reply = await chat.SayAsync("The road outside our factory is flooded");

        Assert.Contains("urgent", reply, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("did not understand", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_greeting_with_a_request_is_the_request()
    {
        var chat = bot.NewChat();

        Assert.Contains("贵公司的名称", await chat.SayAsync("你好，我要报事"));
    }

    [Fact]
    public async Task A_photo_sent_first_starts_the_report_and_is_kept()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(82));
        var photo = (Activity)MessageFactory.Text(string.Empty);
        photo.Attachments = [new Attachment("image/jpeg", "https://files.example/gate.jpg", name: "gate.jpg")];

        var (asked, summary) = await FormDriver.TicketAsync(chat, photo);

        Assert.DoesNotContain("photos", asked);
        Assert.Contains("照片：1张", summary);
    }

    [Fact]
    public async Task The_short_form_of_a_category_is_that_category()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(83));
        await chat.SayAsync("报事");

        Assert.Contains("请描述", await chat.SayAsync("环保"));
        await chat.SayAsync("河道里漂着很多死鱼，味道很大");
        await chat.SayAsync("跳过");
        await chat.SayAsync("一般");
        await chat.SayAsync("没有");
        await chat.SayAsync("李女士");
        await chat.SayAsync("13905741234");
        Assert.Contains("类别：环境保护和五水共治", await chat.SayAsync("跳过"));
    }

    [Theory]
    [InlineData("跳过")]
    [InlineData("不填")]
    [InlineData("没有")]
    public async Task A_skip_word_answers_the_yes_no_employer_question(string skip)
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("钱多多");
        Assert.Contains("是否填写您所在的企业", await chat.SayAsync("13805740077"));

        var next = await chat.SayAsync(skip);

        Assert.Contains("什么时间可以参加活动", next);
        Assert.Contains("所在企业：未填写", await chat.SayAsync("周末"));
    }

    [Fact]
    public async Task A_firm_named_at_the_employer_question_is_looked_up()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("钱多多");
        await chat.SayAsync("13805740078");

        Assert.Contains("您是 宁波永盛灯具科技有限公司 吗", await chat.SayAsync("永胜灯具"));
    }

    [Theory]
    [InlineData("3", "请告诉我")]
    [InlineData("第二个", "贵公司的名称")]
    public async Task A_number_at_the_menu_picks_from_it(string pick, string expected)
    {
        var chat = bot.NewChat();
        await chat.SendAsync(new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("user"), new ChannelAccount("bot")],
            Recipient = new ChannelAccount("bot"),
        });
        await chat.SayAsync("帮助");

        var reply = await chat.SayAsync(pick);

        Assert.DoesNotContain("没有理解", reply);
        Assert.Contains(expected, reply);
    }

    [Theory]
    [InlineData("尽快", "希望上门时间：尽快")]
    [InlineData("随时", "希望上门时间：随时都可以")]
    [InlineData("都行", "希望上门时间：随时都可以")]
    [InlineData("马上", "希望上门时间：尽快")]
    [InlineData("asap", "希望上门时间：尽快")]
    [InlineData("工作日白天", "希望上门时间：随时都可以")]
    public async Task Visit_wishes_are_taken_and_never_past(string answer, string inSummary)
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(90 + answer.Length));
        foreach (var step in new[] { "报事", "其他", "园区门口的道路积水严重，车辆无法通行", "跳过", "一般", "没有", "王先生", "13705741234" })
        {
            await chat.SayAsync(step);
        }

        var summary = await chat.SayAsync(answer);

        Assert.DoesNotContain("已经过去", summary);
        Assert.Contains(inSummary, summary);
    }

    [Fact]
    public async Task Quit_inside_my_sign_ups_leaves_the_team()
    {
        var chat = bot.NewChat();
        await FormDriver.VolunteerAsync(chat, "报名巡防队，我叫赵敏，电话13857410099，周末有空");
        await chat.SayAsync("确认");
        await chat.SayAsync("我的报名");

        Assert.Contains("确定退出平安巡防志愿者队伍吗", await chat.SayAsync("退出"));
        Assert.Contains("已退出平安巡防志愿者队伍", await chat.SayAsync("是"));
    }

    [Theory]
    [InlineData("谢谢", "不客气")]
    [InlineData("好的", "好的")]
    [InlineData("嗯", "好的")]
    [InlineData("再见", "再见")]
    public async Task Courtesies_at_rest_get_a_short_polite_answer(string said, string answer)
    {
        var chat = bot.NewChat();

        var reply = await chat.SayAsync(said);

        Assert.Contains(answer, reply);
        Assert.DoesNotContain("没有理解", reply);
    }

    [Fact]
    public async Task A_firm_named_in_the_liaison_question_is_answered_with_one_wrong_character()
    {
        var chat = bot.NewChat();

        var reply = await chat.SayAsync("永胜灯具归哪个网格");

        Assert.Contains("宁波永盛灯具科技有限公司 属于", reply);
        Assert.Contains("社管员", reply);
    }

    [Fact]
    public async Task A_firm_name_with_a_sound_alike_character_is_found_at_the_firm_question()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("报事");

        Assert.Contains("您是 慈溪市荣隆厨具厂 吗", await chat.SayAsync("慈溪荣龙厨具"));
    }

    [Fact]
    public async Task The_volunteer_who_says_everything_at_once_reaches_the_summary_after_consent()
    {
        var chat = bot.NewChat();

        Assert.Contains("报名志愿者前", await chat.SayAsync("报名巡防队，我叫张伟，电话13857412345，周末有空"));
        var summary = await chat.SayAsync("同意");

        Assert.Contains("请核对报名信息", summary);
        Assert.Contains("队伍：平安巡防志愿者队伍", summary);
        Assert.Contains("姓名：张伟", summary);
        Assert.Contains("手机号：13857412345", summary);
        Assert.Contains("可参加时间：周末", summary);
    }
}
