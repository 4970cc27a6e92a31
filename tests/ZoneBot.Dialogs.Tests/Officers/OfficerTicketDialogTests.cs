using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Officers;

/// <summary>我的待办 and the closed loop from the officer's chat, with the firm told of 反馈, 处理完成 and 办结.</summary>
public sealed class OfficerTicketDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task The_liaison_takes_a_ticket_from_my_tasks_to_closed_and_the_firm_is_told_at_each_step()
    {
        var firmId = await FirmInGridAsync(1);
        var firm = await bot.NewFirmChatAsync(firmId);
        var number = await FileAsync(firmId, firm);
        var liaison = await bot.NewOfficerChatAsync("19900000001");

        Assert.Contains(number, await liaison.SayAsync("我的待办"));
        var ticket = await liaison.SayAsync(number);
        Assert.Contains("联系人：测试联系人，电话 13805741234", ticket);
        Assert.Contains("请选择下一步", ticket);

        Assert.Contains("当前类别：环境保护和五水共治", await liaison.SayAsync("研判"));
        Assert.Contains("当前紧急程度：一般", await liaison.SayAsync("环境保护和五水共治"));
        Assert.Contains("研判意见", await liaison.SayAsync("紧急"));
        Assert.Contains($"工单 {number} 已研判：环境保护和五水共治（紧急）", await liaison.SayAsync("需要疏通排水沟"));

        await liaison.SayAsync(number);
        Assert.Contains("反馈给企业的内容", await liaison.SayAsync("反馈"));
        Assert.Contains("企业会收到通知", await liaison.SayAsync("已安排明天上午上门疏通"));
        Assert.Contains("已安排明天上午上门疏通", await bot.AlertTextsAsync(firm));

        await liaison.SayAsync(number);
        Assert.Contains("请说明处理情况", await liaison.SayAsync("处理完成"));
        Assert.Contains("已处理完成", await liaison.SayAsync("排水沟已疏通，雨天不再外溢"));
        Assert.Contains("排水沟已疏通", await bot.AlertTextsAsync(firm));

        await liaison.SayAsync(number);
        Assert.Contains("回头看的情况", await liaison.SayAsync("回头看"));
        Assert.Contains("现在就办结工单", await liaison.SayAsync("回访企业，问题已解决"));
        Assert.Contains($"工单 {number} 已办结", await liaison.SayAsync("好的"));
        Assert.Contains($"【已办结】您的工单 {number}", await bot.AlertTextsAsync(firm));

        var history = await firm.SayAsync(number);
        Assert.Contains("已办结", history);
        Assert.Contains("评价", await firm.ButtonsAfterAsync(number));
    }

    [Fact]
    public async Task My_tasks_lists_overdue_tickets_first_with_their_deadlines()
    {
        var firmId = await FirmInGridAsync(2);
        var later = await FileAsync(firmId);
        var overdue = await FileAsync(firmId);
        await bot.ExecuteAsync("UPDATE tickets SET response_due_at = '2020-01-01T00:00:00.0000000Z' WHERE number = @overdue", new { overdue });
        var liaison = await bot.NewOfficerChatAsync("19900000002");

        var listing = await liaison.SayAsync("待办");
        var buttons = await liaison.ButtonsAfterAsync("我的待办");

        Assert.Contains("超时的排在最前", listing);
        Assert.Contains($"{overdue}｜", listing);
        Assert.Contains("⚠已超时", listing);
        Assert.True(buttons.ToList().IndexOf(overdue) < buttons.ToList().IndexOf(later));
        Assert.Contains("前响应", listing);
    }

    [Fact]
    public async Task Another_grids_liaison_and_a_firm_user_are_told_not_found_as_for_a_number_that_does_not_exist()
    {
        var firmId = await FirmInGridAsync(3);
        var number = await FileAsync(firmId);
        var otherLiaison = await bot.NewOfficerChatAsync("19900000004");
        var otherFirm = await bot.NewChatForFirmAsync(await FirmInGridAsync(4));

        var officerAnswer = await otherLiaison.SayAsync(number);
        var missing = await otherLiaison.SayAsync("ZB-20200101-9999");
        var firmAnswer = await otherFirm.SayAsync(number);

        Assert.Contains($"没有找到工单 {number}", officerAnswer);
        Assert.Equal(officerAnswer.Replace(number, "N"), missing.Replace("ZB-20200101-9999", "N"));
        Assert.Contains("没有找到贵公司的工单", firmAnswer);
        Assert.DoesNotContain("研判", firmAnswer);
    }

    [Fact]
    public async Task A_transfer_moves_the_ticket_to_the_other_grids_liaison_who_is_alerted()
    {
        var firmId = await FirmInGridAsync(5);
        var number = await FileAsync(firmId);
        var from = await bot.NewOfficerChatAsync("19900000005");
        var to = await bot.NewOfficerChatAsync("19900000006");
        await bot.DeliverAlertsAsync(to);

        await from.SayAsync(number);
        Assert.Contains("转派到几号网格", await from.SayAsync("转派"));
        Assert.Contains("已经在5号网格", await from.SayAsync("5"));
        Assert.Contains("转派原因", await from.SayAsync("6号网格"));
        Assert.Contains("已转派到6号网格", await from.SayAsync("企业实际在6号网格"));

        var alert = await bot.AlertTextsAsync(to);
        Assert.Contains($"【转派工单】{number}", alert);
        Assert.Contains("企业实际在6号网格", alert);
        Assert.Contains("没有找到工单", await from.SayAsync(number));
        Assert.Contains("请选择下一步", await to.SayAsync(number));
    }

    [Fact]
    public async Task An_extension_asked_by_the_liaison_is_approved_by_the_secretary_and_another_refused()
    {
        var firmId = await FirmInGridAsync(7);
        var approved = await FileAsync(firmId);
        var refused = await FileAsync(firmId);
        var liaison = await bot.NewOfficerChatAsync("19900000007");
        var secretary = await bot.NewOfficerChatAsync("19900000012");
        foreach (var number in new[] { approved, refused })
        {
            await liaison.SayAsync(number);
            await liaison.SayAsync("研判");
            await liaison.SayAsync("企业服务");
            await liaison.SayAsync("一般");
            await liaison.SayAsync("跳过");
            await liaison.SayAsync(number);
            Assert.Contains("需要延期几天", await liaison.SayAsync("申请延期"));
            Assert.Contains("延期原因", await liaison.SayAsync("三天"));
            Assert.Contains("已为工单", await liaison.SayAsync("需要等供电公司排期"));
        }
        await bot.DeliverAlertsAsync(liaison);

        Assert.Contains("【延期申请】", await bot.AlertTextsAsync(secretary));
        Assert.Contains("延期申请待审批", await secretary.SayAsync(approved));
        Assert.Contains("已批准工单", await secretary.SayAsync("批准延期"));
        await secretary.SayAsync(refused);
        Assert.Contains("已驳回工单", await secretary.SayAsync("驳回延期"));

        var decisions = await bot.AlertTextsAsync(liaison);
        Assert.Contains($"【延期已批准】工单 {approved} 延期3天", decisions);
        Assert.Contains($"【延期未批准】工单 {refused}", decisions);
        Assert.DoesNotContain("批准延期", await liaison.ButtonsAfterAsync(approved));
    }

    [Fact]
    public async Task A_dissatisfied_rating_after_closing_reopens_the_ticket_and_alerts_the_secretary()
    {
        var firmId = await FirmInGridAsync(8);
        var firm = await bot.NewFirmChatAsync(firmId);
        var number = await FileAsync(firmId, firm);
        var officers = bot.Services.GetRequiredService<TicketWorkflow>();
        var liaisonId = await bot.CountAsync("SELECT id FROM officers WHERE phone = '19900000008'");
        await officers.AssessAsync(liaisonId, number, TicketCategory.Environment, Urgency.Normal, null);
        await officers.FeedBackAsync(liaisonId, number, "已安排");
        await officers.HandleAsync(liaisonId, number, "已处理", []);
        await officers.ReviewAsync(liaisonId, number, "已回访");
        await officers.CloseAsync(liaisonId, number);
        var secretary = await bot.NewOfficerChatAsync("19900000012");
        await bot.DeliverAlertsAsync(secretary);

        await firm.SayAsync(number);
        await firm.SayAsync("评价");
        await firm.SayAsync("不满意");
        var answer = await firm.SayAsync("排水沟还是堵");

        Assert.Contains("工单已重新进入处理环节", answer);
        Assert.Contains($"【重新办理】企业对工单 {number}", await bot.AlertTextsAsync(secretary));
        Assert.Contains("当前环节：反馈", await firm.SayAsync(number));
    }

    private async Task<long> FirmInGridAsync(int grid, int skip = 0) =>
        await bot.CountAsync(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @grid ORDER BY f.id DESC LIMIT 1 OFFSET @skip",
            new { grid, skip });

    private async Task<string> FileAsync(long firmId, Chat? filer = null)
    {
        var filed = await bot.Services.GetRequiredService<TicketFiling>().FileAsync(new NewTicket(
            firmId, TicketCategory.Environment, "车间外的排水沟堵塞，雨天污水外溢", null, Urgency.Normal,
            "测试联系人", "13805741234", null, [], filer?.ChannelId ?? "test", filer?.UserId ?? "someone"));
        return filed.Number;
    }
}
