using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Officers;

/// <summary>The history names the stage reached, the actor and the note; 研判's note stays with the officers; a closed ticket offers what still makes sense.</summary>
public sealed class TicketHistoryViewsTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task The_history_names_each_stage_reached_with_its_actor_and_the_firm_never_sees_the_assessment_note()
    {
        var firmId = await FirmInGridAsync(4);
        var firm = await bot.NewFirmChatAsync(firmId);
        var number = await FileAsync(firmId, firm);
        var liaison = await bot.NewOfficerChatAsync("19900000004");
        var name = await LiaisonNameAsync("19900000004");

        await liaison.SayAsync($"研判 {number} 企业自己堵的，态度不太好，先去现场看看");
        await liaison.SayAsync("反馈 已安排明天上午上门疏通");
        await liaison.SayAsync("处理完成");
        await liaison.SayAsync("排水沟已疏通");
        var officerView = await liaison.SayAsync(number);

        Assert.Contains($"研判（{name}）：企业自己堵的，态度不太好，先去现场看看〔内部，企业看不到〕", officerView);
        Assert.Contains($"反馈（{name}）：已安排明天上午上门疏通", officerView);
        Assert.Contains($"处理完成（{name}）：排水沟已疏通", officerView);
        Assert.DoesNotContain("环节变更", officerView);

        var firmView = await firm.SayAsync(number);
        Assert.Contains($"研判（{name}）", firmView);
        Assert.DoesNotContain("态度不太好", firmView);
        Assert.Contains($"反馈（{name}）：已安排明天上午上门疏通", firmView);
        Assert.DoesNotContain("环节变更", firmView);
        // Every line of the history says what happened and who did it.
        var historyLines = firmView.Split('\n').SkipWhile(line => !line.StartsWith("办理记录", StringComparison.Ordinal)).Skip(1).TakeWhile(line => line.StartsWith('·')).ToList();
        Assert.Equal(4, historyLines.Count);
        Assert.All(historyLines, line => Assert.Matches(@"^· \d+月\d+日 \d\d:\d\d \S+（\S+）", line));
    }

    [Fact]
    public async Task A_closed_ticket_offers_the_firm_only_its_rating_once_and_no_supplement_or_urging()
    {
        var firmId = await FirmInGridAsync(5);
        var firm = await bot.NewFirmChatAsync(firmId);
        var number = await FileAsync(firmId, firm);
        await WorkToClosedAsync("19900000005", number);

        var buttons = await firm.ButtonsAfterAsync(number);
        Assert.Equal(["评价", "完成"], buttons);
        await firm.SayAsync("评价");
        await firm.SayAsync("满意");
        Assert.Contains("感谢您的评价", await firm.SayAsync("没有"));

        var afterRating = await firm.ButtonsAfterAsync(number);
        Assert.Equal(["完成"], afterRating);
        var history = await firm.SayAsync(number);
        Assert.Contains("评价（测试联系人）：满意", history);
    }

    [Fact]
    public async Task A_ticket_reopened_by_a_dissatisfied_firm_gets_a_handling_deadline_counted_from_the_reopening()
    {
        var firmId = await FirmInGridAsync(6);
        var firm = await bot.NewFirmChatAsync(firmId);
        var number = await FileAsync(firmId, firm);
        await WorkToClosedAsync("19900000006", number);
        // Filed and closed long ago: the first deadlines are well past.
        await bot.ExecuteAsync(
            "UPDATE tickets SET created_at = '2026-01-05T01:00:00.0000000+00:00', response_due_at = '2026-01-05T05:00:00.0000000+00:00', handle_due_at = '2026-01-06T09:00:00.0000000+00:00' WHERE number = @number",
            new { number });

        await firm.SayAsync(number);
        await firm.SayAsync("评价");
        await firm.SayAsync("不满意");
        Assert.Contains("工单已重新进入处理环节", await firm.SayAsync("排水沟还是堵，雨天照样外溢"));

        var reopened = await bot.Services.GetRequiredService<TicketRegister>().FindAsync(number);
        Assert.Equal(TicketStage.FedBack, reopened!.Ticket.Stage);
        Assert.True(reopened.Ticket.HandleDueAt > DateTimeOffset.UtcNow, $"due {reopened.Ticket.HandleDueAt}");
        var list = await firm.SayAsync("查询工单");
        Assert.DoesNotContain("1月6日", list);
        Assert.Contains("前办结", list);
    }

    private async Task WorkToClosedAsync(string liaisonPhone, string number)
    {
        var workflow = bot.Services.GetRequiredService<TicketWorkflow>();
        var liaisonId = await bot.CountAsync("SELECT id FROM officers WHERE phone = @liaisonPhone", new { liaisonPhone });
        await workflow.AssessAsync(liaisonId, number, TicketCategory.Environment, Urgency.Normal, "属实");
        await workflow.FeedBackAsync(liaisonId, number, "已安排");
        await workflow.HandleAsync(liaisonId, number, "已疏通", []);
        await workflow.ReviewAsync(liaisonId, number, "已回访");
        await workflow.CloseAsync(liaisonId, number);
    }

    private async Task<string> LiaisonNameAsync(string phone)
    {
        await using var connection = await bot.Database.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection, "SELECT name FROM officers WHERE phone = @phone", new { phone }) ?? string.Empty;
    }

    private async Task<long> FirmInGridAsync(int grid) =>
        await bot.CountAsync(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @grid ORDER BY f.id DESC LIMIT 1 OFFSET 5",
            new { grid });

    private async Task<string> FileAsync(long firmId, Chat filer)
    {
        var filed = await bot.Services.GetRequiredService<TicketFiling>().FileAsync(new NewTicket(
            firmId, TicketCategory.Environment, "车间外的排水沟堵塞，雨天污水外溢", null, Urgency.Normal,
            "测试联系人", "13805741234", null, [], filer.ChannelId, filer.UserId));
        return filed.Number;
    }
}
