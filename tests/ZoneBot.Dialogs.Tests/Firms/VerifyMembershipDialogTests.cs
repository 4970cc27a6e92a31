using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Firms;

/// <summary>
/// Who may read a firm's tickets: anyone may file, but reading and acting needs the ticket to be theirs or a
/// proven membership, by an SMS code to the firm's phone or a code from the grid liaison.
/// </summary>
public sealed class VerifyMembershipDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_stranger_who_names_a_firm_is_told_to_verify_and_sees_none_of_its_tickets()
    {
        var firmId = await bot.FirmIdAsync(1);
        var number = await bot.FiledBySomeoneElseAsync(firmId);
        var chat = bot.NewChat();

        Assert.Contains("贵公司的名称", await chat.SayAsync("我报的事怎么样了"));
        Assert.Contains("您是 慈溪市荣隆厨具厂 吗", await chat.SayAsync("荣隆厨具"));
        var answer = await chat.SayAsync("是的");

        Assert.Contains("需要先验证您是该企业的人员", answer);
        Assert.Contains("199****0001", answer);
        Assert.Contains("周海燕", answer);
        Assert.DoesNotContain(number, answer);
        Assert.DoesNotContain("13805741234", answer);
        Assert.DoesNotContain("排水沟", answer);
        Assert.Contains("随时可以", await chat.SayAsync("暂不验证"));
        var typed = await chat.SayAsync(number);
        Assert.Contains($"没有找到您本人提交的工单 {number}", typed);
        Assert.DoesNotContain("排水沟", typed);
    }

    [Fact]
    public async Task A_stranger_can_still_file_for_the_firm_and_then_sees_only_that_ticket()
    {
        var firmId = await bot.FirmIdAsync(2);
        var colleagues = await bot.FiledBySomeoneElseAsync(firmId);
        var chat = await bot.NewStrangerChatAsync(firmId);

        await chat.SayAsync("报事");
        await chat.SayAsync("企业服务");
        await chat.SayAsync("园区路灯坏了一个星期，晚上下班很不安全");
        await chat.SayAsync("跳过");
        await chat.SayAsync("一般");
        await chat.SayAsync("没有");
        await chat.SayAsync("李女士");
        await chat.SayAsync("13905741234");
        await chat.SayAsync("跳过");
        var filed = await chat.SayAsync("确认提交");
        var mine = System.Text.RegularExpressions.Regex.Match(filed, @"ZB-\d{8}-\d{4}").Value;
        Assert.NotEmpty(mine);

        var replies = await chat.SendAsync(MessageFactory.Text("查询工单"));
        var listing = Chat.Texts(replies);
        Assert.Contains("只能查看您本人提交的工单", listing);
        Assert.Contains("您提交的工单共1个", listing);
        Assert.Contains(mine, listing);
        Assert.DoesNotContain(colleagues, listing);
        Assert.Equal([mine, "验证身份"], replies.SelectMany(reply => reply.SuggestedActions?.Actions ?? []).Select(action => action.Title));
        Assert.Contains("已催办", await SayAllAsync(chat, mine, "催办"));
    }

    [Fact]
    public async Task The_SMS_code_proves_membership_then_the_firm_is_read_and_urged_as_that_user()
    {
        var firmId = await bot.FirmIdAsync(3);
        var number = await bot.FiledBySomeoneElseAsync(firmId);
        var chat = await bot.NewStrangerChatAsync(firmId);

        Assert.Contains("发送短信验证码", await chat.ButtonsAfterAsync("查询工单"));
        var sent = await chat.SayAsync("发送短信验证码");
        Assert.Contains("验证码已发送到 199****0003", sent);
        var code = await bot.LastSmsCodeAsync(firmId);
        Assert.Matches(@"^\d{6}$", code);

        var verified = await chat.SayAsync($"验证码是 {code}");
        Assert.Contains("验证成功", verified);
        Assert.Contains("贵公司共有1个工单", verified);
        Assert.Contains(number, verified);

        Assert.Contains("原联系人", await chat.SayAsync(number));
        Assert.Contains("已催办", await chat.SayAsync("催办"));
        Assert.Equal(1, await bot.CountAsync("""
            SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
            WHERE t.number = @number AND e.kind = 'urged' AND e.actor_user_id = @UserId AND e.actor <> '原联系人'
            """, new { number, chat.UserId }));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains("19900020003"));
        Assert.Contains(bot.Logs.Lines, line => line.Contains("199****0003"));
    }

    [Fact]
    public async Task A_wrong_code_is_asked_again_and_the_right_one_then_works()
    {
        var firmId = await bot.FirmIdAsync(4);
        var chat = await bot.NewStrangerChatAsync(firmId);
        await chat.SayAsync("查询工单");
        await chat.SayAsync("1");
        var code = await bot.LastSmsCodeAsync(firmId);
        var wrong = code == "000000" ? "111111" : "000000";

        Assert.Contains("验证码不对", await chat.SayAsync(wrong));
        Assert.Contains("验证成功", await chat.SayAsync(code));
        Assert.Contains("还没有工单", await chat.SayAsync("查询工单"));
    }

    [Fact]
    public async Task An_expired_code_is_refused_like_a_wrong_one()
    {
        var firmId = await bot.FirmIdAsync(5);
        var chat = await bot.NewStrangerChatAsync(firmId);
        await chat.SayAsync("查询工单");
        await chat.SayAsync("发送短信验证码");
        var code = await bot.LastSmsCodeAsync(firmId);
        await bot.ExpireCodesAsync(firmId);

        Assert.Contains("验证码不对，或者已经过期、用过了", await chat.SayAsync(code));
        Assert.Equal(0, await bot.CountAsync("SELECT COUNT(*) FROM firm_users WHERE user_id = @UserId AND verified_at IS NOT NULL", new { chat.UserId }));
    }

    [Fact]
    public async Task A_code_works_once_and_an_SMS_code_only_for_whoever_asked_for_it()
    {
        var firmId = await bot.FirmIdAsync(6);
        var liaison = await bot.NewOfficerChatAsync("19900000001");
        var issued = await liaison.SayAsync("企业验证码 " + (await FirmNameAsync(firmId)));
        var liaisonCode = System.Text.RegularExpressions.Regex.Match(issued, @"[2-9A-Z]{5}-[2-9A-Z]{5}").Value;
        Assert.NotEmpty(liaisonCode);

        var first = await bot.NewStrangerChatAsync(firmId);
        await first.SayAsync("查询工单");
        await first.SayAsync("输入社管员给的验证码");
        Assert.Contains("验证成功", await first.SayAsync(liaisonCode.ToLowerInvariant()));

        var second = await bot.NewStrangerChatAsync(firmId);
        await second.SayAsync("查询工单");
        await second.SayAsync("输入社管员给的验证码");
        Assert.Contains("验证码不对", await second.SayAsync(liaisonCode));
        await second.SayAsync("取消");

        var asker = await bot.NewStrangerChatAsync(firmId);
        await asker.SayAsync("查询工单");
        await asker.SayAsync("发送短信验证码");
        var smsCode = await bot.LastSmsCodeAsync(firmId);
        await second.SayAsync("查询工单");
        await second.SayAsync("我有社管员给的验证码");
        Assert.Contains("验证码不对", await second.SayAsync(smsCode));
        Assert.Contains("验证成功", await asker.SayAsync(smsCode));
    }

    [Fact]
    public async Task Five_wrong_codes_lock_verification_even_for_the_right_code()
    {
        var firmId = await bot.FirmIdAsync(7);
        var chat = await bot.NewStrangerChatAsync(firmId);
        await chat.SayAsync("查询工单");
        await chat.SayAsync("发送短信验证码");
        var code = await bot.LastSmsCodeAsync(firmId);
        var answers = new List<string>();
        foreach (var guess in new[] { "123456", "654321", "111111", "222222", "333333", "444444" }.Where(guess => guess != code).Take(5))
        {
            answers.Add(await chat.SayAsync(guess));
        }

        Assert.All(answers.Take(4), answer => Assert.Contains("验证码不对", answer));
        Assert.Contains("错误次数过多", answers[4]);
        await chat.SayAsync("查询工单");
        await chat.SayAsync("输入社管员给的验证码");
        Assert.Contains("错误次数过多", await chat.SayAsync(code));
        Assert.Equal(0, await bot.CountAsync("SELECT COUNT(*) FROM firm_users WHERE user_id = @UserId AND verified_at IS NOT NULL", new { chat.UserId }));
    }

    [Fact]
    public async Task A_liaison_issues_a_code_only_for_the_firms_of_their_grid()
    {
        var inGrid3 = await FirmNameAsync(await bot.FirmIdAsync(153));
        var liaisonOfGrid1 = await bot.NewOfficerChatAsync("19900000001");
        var liaisonOfGrid3 = await bot.NewOfficerChatAsync("19900000003");

        Assert.Contains("不在您负责的网格或社区", await liaisonOfGrid1.SayAsync("企业验证码 永盛灯具"));
        Assert.Contains("请输入要生成企业验证码的企业", await liaisonOfGrid3.SayAsync("企业验证码"));
        var issued = await liaisonOfGrid3.SayAsync("永盛灯具");
        Assert.Contains($"{inGrid3} 的企业验证码", issued);
        Assert.Contains("只能用一次", issued);
    }

    [Fact]
    public async Task Verifying_for_one_firm_does_not_carry_over_to_another()
    {
        var firmId = await bot.FirmIdAsync(8);
        var other = await bot.FirmIdAsync(9);
        var otherNumber = await bot.FiledBySomeoneElseAsync(other);
        var chat = await bot.NewChatForFirmAsync(firmId);
        await bot.Services.GetRequiredService<FirmUserLinks>().LinkAsync(chat.ChannelId, chat.UserId, other);

        var listing = await chat.SayAsync("查询工单");

        Assert.Contains("需要先验证您是该企业的人员", listing);
        Assert.DoesNotContain(otherNumber, listing);
    }

    [Fact]
    public async Task In_English_the_stranger_is_offered_the_same_ways_and_verifies_by_SMS()
    {
        var firmId = await bot.FirmIdAsync(10);
        var number = await bot.FiledBySomeoneElseAsync(firmId);
        var chat = await bot.NewStrangerChatAsync(firmId, "en-US");

        var offer = await chat.SayAsync("my tickets");
        Assert.Contains("needs proof that you work there", offer);
        Assert.Contains("199****0010", await chat.SayAsync("please text me a code"));
        var verified = await chat.SayAsync(await bot.LastSmsCodeAsync(firmId));

        Assert.Contains("Verified!", verified);
        Assert.Contains(number, verified);
    }

    private async Task<string> FirmNameAsync(long firmId) =>
        (await bot.Services.GetRequiredService<FirmDirectory>().FindByIdAsync(firmId))!.Name;

    private static async Task<string> SayAllAsync(Chat chat, params string[] messages)
    {
        var last = string.Empty;
        foreach (var message in messages)
        {
            last = await chat.SayAsync(message);
        }
        return last;
    }
}
