using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Safety;

/// <summary>
/// A complaint about the liaison goes to the community secretary and never to that liaison; a report about
/// another firm (举报) keeps the reporter's firm and contact to the secretary and administrators, and says so
/// before it is confirmed.
/// </summary>
public sealed class ComplaintAndReportTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_complaint_about_the_liaison_reaches_the_secretary_and_never_the_liaison()
    {
        var firmId = await FirmInGridAsync(3);
        var chat = await bot.NewChatForFirmAsync(firmId);
        var liaison = await bot.NewOfficerChatAsync("19900000003");
        var secretary = await bot.NewOfficerChatAsync("19900000011");

        Assert.Contains("已记下：“我要投诉社管员一直不回消息”", await chat.SayAsync("我要投诉社管员一直不回消息"));
        await chat.SayAsync("上周报的排水沟问题，打了三次电话都没人接");
        await chat.SayAsync("跳过");
        await chat.SayAsync("一般");
        await chat.SayAsync("没有");
        await chat.SayAsync("李女士");
        await chat.SayAsync("13905741234");
        var summary = await chat.SayAsync("不用");
        Assert.Contains("只交给社区书记", summary);
        Assert.Contains("不会转给被投诉的社管员", summary);

        var filed = await chat.SayAsync("确认");

        Assert.Contains("投诉已交社区书记处理", filed);
        Assert.DoesNotContain("王思远", filed);
        var number = Regex.Match(filed, @"ZB-\d{8}-\d{4}").Value;
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM tickets WHERE number = @number AND routing = 'complaint'", new { number }));
        Assert.Equal(0, await bot.CountAsync(
            "SELECT COUNT(*) FROM outbox AS x JOIN officers AS o ON o.id = x.recipient_officer_id WHERE o.role = 'liaison' AND x.payload LIKE '%' || @number || '%'",
            new { number }));
        Assert.Contains("【投诉·仅社区书记可见】工单 " + number, await bot.AlertTextsAsync(secretary));
        Assert.DoesNotContain(number, await bot.AlertTextsAsync(liaison));
        Assert.DoesNotContain(number, await liaison.SayAsync("我的待办"));
        Assert.Contains("没有找到", await liaison.SayAsync(number));
        Assert.Contains(number, await secretary.SayAsync("我的待办"));
    }

    [Fact]
    public async Task A_report_about_another_firm_is_told_it_stays_confidential_before_confirming_and_reaches_only_the_secretary()
    {
        var firmId = await FirmInGridAsync(4);
        var chat = await bot.NewChatForFirmAsync(firmId);
        var secretary = await bot.NewOfficerChatAsync("19900000011");

        Assert.Contains("听起来是“环境保护和五水共治”方面的问题", await chat.SayAsync("举报隔壁厂晚上偷排污水"));
        Assert.Contains("已记下", await chat.SayAsync("对"));
        await chat.SayAsync("就在新兴大道东头那家电镀厂，每天晚上十点以后");
        await chat.SayAsync("厂区后面的河边");
        await chat.SayAsync("一般");
        await chat.SayAsync("没有");
        await chat.SayAsync("陈先生");
        await chat.SayAsync("13705741234");
        var summary = await chat.SayAsync("跳过");

        Assert.Contains("只有社区书记和管理员能看到", summary);
        Assert.Contains("被举报的企业", summary);
        var filed = await chat.SayAsync("确认提交");

        Assert.Contains("您的企业和联系方式会保密", filed);
        var number = Regex.Match(filed, @"ZB-\d{8}-\d{4}").Value;
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM tickets WHERE number = @number AND routing = 'report'", new { number }));
        Assert.Equal(0, await bot.CountAsync(
            "SELECT COUNT(*) FROM outbox AS x LEFT JOIN officers AS o ON o.id = x.recipient_officer_id WHERE x.payload LIKE '%' || @number || '%' AND (o.role IS NULL OR o.role NOT IN ('secretary', 'admin'))",
            new { number }));
        Assert.Contains("【举报·举报人保密】工单 " + number, await bot.AlertTextsAsync(secretary));
    }

    private async Task<long> FirmInGridAsync(int grid) =>
        await bot.CountAsync(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @grid ORDER BY f.id LIMIT 1", new { grid });
}
