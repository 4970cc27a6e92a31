using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Officers;

/// <summary>The liaison works one ticket through the loop without going back to the menu, and types actions with the number.</summary>
public sealed class LiaisonStaysOnTicketTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task After_each_action_the_liaison_stays_on_the_ticket_with_its_next_moves_and_my_tasks_offered()
    {
        var firmId = await FirmInGridAsync(1, skip: 3);
        var firm = await bot.NewFirmChatAsync(firmId);
        var number = await FileAsync(firmId, firm);
        var liaison = await bot.NewOfficerChatAsync("19900000001");

        await liaison.SayAsync(number);
        await liaison.SayAsync("研判");
        await liaison.SayAsync("环境保护");
        await liaison.SayAsync("一般");
        var assessed = await liaison.SendAsync(Microsoft.Bot.Builder.MessageFactory.Text("情况属实，今天下午去现场看看"));
        var assessedText = Chat.Texts(assessed);
        var buttons = assessed.SelectMany(reply => reply.SuggestedActions?.Actions ?? []).Select(action => action.Title).ToList();
        Assert.Contains($"工单 {number} 已研判", assessedText);
        Assert.Contains($"工单 {number} 现在在“研判”环节", assessedText);
        Assert.Contains("反馈", buttons);
        Assert.Contains("我的待办", buttons);
        Assert.DoesNotContain("研判", buttons);
        Assert.DoesNotContain("报事", buttons);

        Assert.Contains("反馈给企业的内容", await liaison.SayAsync("反馈"));
        Assert.Contains("现在在“反馈”环节", await liaison.SayAsync("已安排明天上午上门疏通"));
        Assert.Contains("请说明处理情况", await liaison.SayAsync("处理完成"));
        var handled = await liaison.ButtonsAfterAsync("排水沟已经疏通好了，雨天不再外溢");
        Assert.Equal(["回头看", "我的待办", "返回"], handled);
        await liaison.SayAsync("回头看");
        await liaison.SayAsync("回访了企业，问题已解决");
        var closed = await liaison.SayAsync("好的");
        Assert.Contains($"工单 {number} 已办结", closed);
        Assert.Contains("现在在“已办结”环节", closed);
        Assert.Contains("当前没有需要您办理的步骤", closed);

        var tasks = await liaison.SayAsync("我的待办");
        Assert.True(tasks.Contains("需要您办理的工单") || tasks.Contains("目前没有需要您办理的工单"), tasks);
        Assert.DoesNotContain(number, tasks);
        Assert.Contains($"【已办结】您的工单 {number}", await bot.AlertTextsAsync(firm));
    }

    [Fact]
    public async Task An_action_typed_with_the_number_is_done_at_once_and_keeps_the_category_and_urgency()
    {
        var firmId = await FirmInGridAsync(2, skip: 3);
        var number = await FileAsync(firmId);
        var liaison = await bot.NewOfficerChatAsync("19900000002");

        var answer = await liaison.SayAsync($"研判 {number} 属实，今天下午去现场");

        Assert.Contains($"工单 {number} 已研判：环境保护和五水共治（一般）", answer);
        Assert.Contains("现在在“研判”环节", answer);
        var details = await bot.Services.GetRequiredService<TicketRegister>().FindAsync(number);
        Assert.Equal(TicketStage.Assessed, details!.Ticket.Stage);
        Assert.Contains(details.History, entry => entry.Note == "属实，今天下午去现场");

        // On the ticket, the action word and the words after it are enough.
        var fedBack = await liaison.SayAsync("反馈：已联系环保所，明天上午到现场");
        Assert.Contains($"已反馈，工单 {number}", fedBack);
        Assert.Contains("现在在“反馈”环节", fedBack);
    }

    [Fact]
    public async Task An_action_the_stage_does_not_allow_is_refused_with_the_ticket_shown_and_another_number_opens_that_ticket()
    {
        var firmId = await FirmInGridAsync(3, skip: 3);
        var first = await FileAsync(firmId);
        var second = await FileAsync(firmId);
        var liaison = await bot.NewOfficerChatAsync("19900000003");

        var refused = await liaison.SayAsync($"办结 {first}");
        Assert.Contains("当前在“上报”环节，不能办理这一步", refused);
        Assert.Contains("请选择下一步", refused);

        var other = await liaison.SayAsync($"{second.ToLowerInvariant()} 研判 先核实情况");
        Assert.Contains($"工单 {second} 已研判", other);
        var stillReported = await bot.Services.GetRequiredService<TicketRegister>().FindAsync(first);
        Assert.Equal(TicketStage.Reported, stillReported!.Ticket.Stage);
    }

    private async Task<long> FirmInGridAsync(int grid, int skip) =>
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
