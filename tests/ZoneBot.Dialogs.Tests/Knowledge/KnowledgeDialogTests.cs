using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Knowledge;

/// <summary>
/// Answers before tickets: a question (or a power cut) the knowledge base knows is answered with its source
/// and date, then "did it help?"; 没有解决 files a 企业服务 ticket that keeps the question.
/// </summary>
public sealed class KnowledgeDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_power_cut_of_the_whole_zone_gets_the_utility_answer_not_a_ticket()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(11));

        var reply = await chat.SayAsync("停电了，整个园区都没电");

        Assert.Contains("95598", reply);
        Assert.Contains("国网慈溪市供电公司", reply);
        Assert.Contains("2026-11-20 更新", reply);
        Assert.Contains("解决您的问题了吗", reply);
        Assert.Contains("很高兴帮到您", await chat.SayAsync("好的 谢谢"));
        Assert.Equal(0, await bot.CountAsync("SELECT COUNT(*) FROM tickets WHERE firm_id = @firmId", new { firmId = await bot.FirmIdAsync(11) }));
    }

    [Fact]
    public async Task A_policy_question_that_was_not_settled_becomes_an_enterprise_service_ticket_with_the_question_kept()
    {
        var firmId = await bot.FirmIdAsync(12);
        var chat = await bot.NewChatForFirmAsync(firmId);

        var answer = await chat.SayAsync("我们公司想咨询一下人才公寓政策，找谁");
        Assert.Contains("人才公寓", answer);
        Assert.Contains("0574-63299001", answer);

        var kept = await chat.SayAsync("没有解决");
        Assert.Contains("已记下：“我们公司想咨询一下人才公寓政策，找谁”", kept);
        await chat.SayAsync("我们有3个硕士想申请，想知道这个季度还能不能报");
        await chat.SayAsync("跳过");
        await chat.SayAsync("一般");
        await chat.SayAsync("没有");
        await chat.SayAsync("人事部小吴");
        await chat.SayAsync("13605741234");
        var summary = await chat.SayAsync("不用");
        Assert.Contains("类别：企业服务", summary);
        var filed = await chat.SayAsync("确认");

        var number = Regex.Match(filed, @"ZB-\d{8}-\d{4}").Value;
        Assert.Equal(1, await bot.CountAsync(
            "SELECT COUNT(*) FROM tickets WHERE number = @number AND category = 'enterprise_service' AND description LIKE '我们公司想咨询一下人才公寓政策，找谁%3个硕士%'",
            new { number }));
    }

    [Fact]
    public async Task An_ordinary_problem_still_starts_the_issue_form()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(13));

        var reply = await chat.SayAsync("门口路灯坏了一个星期");

        // No knowledge answer: the form took the sentence (路灯 → 企业服务, said with it) and asks what it still lacks.
        Assert.DoesNotContain("来源：", reply);
        Assert.Contains("这件事紧急吗", reply);
    }

    [Fact]
    public async Task The_administrator_reloads_the_knowledge_base_from_the_chat_and_others_cannot()
    {
        var admin = await bot.NewOfficerChatAsync("19900000013");
        var firm = bot.NewChat();

        Assert.Matches(@"知识库已重新加载：\d+ 条", await admin.SayAsync("knowledge reload"));
        Assert.DoesNotContain("知识库已重新加载", await firm.SayAsync("knowledge reload"));
    }
}
