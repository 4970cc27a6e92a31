using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Alerts;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Bot.Alerts;
using ZoneBot.Dialogs.Alerts;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Alerts;

/// <summary>
/// What the firm is told about who knows, a ticket's alerts in the order they were written when a delivery
/// is retried, and waiting alerts that follow a grid's new liaison.
/// </summary>
public sealed class LiaisonAlertsTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task The_filing_reply_says_the_liaison_is_told_only_once_they_are_bound_and_gives_the_office_phone_until_then()
    {
        var firmId = await FirmInGridAsync(6);
        var officePhone = await OfficePhoneAsync(6);

        var waiting = await FileThroughChatAsync(firmId);
        Assert.Contains("社管员上岗后会收到通知", waiting);
        Assert.Contains("急事请打社区办公室电话 " + officePhone, waiting);
        Assert.DoesNotContain("已通知到", waiting);

        await bot.NewOfficerChatAsync("19900000006");
        var told = await FileThroughChatAsync(firmId);
        Assert.Contains("已通知到他/她", told);
        Assert.DoesNotContain("上岗后", told);
    }

    [Fact]
    public async Task The_firm_gets_feedback_before_handled_and_closed_even_when_the_feedback_is_delivered_on_a_retry()
    {
        var firmId = await FirmInGridAsync(7);
        var firm = await bot.NewFirmChatAsync(firmId);
        var filed = await bot.Services.GetRequiredService<TicketFiling>().FileAsync(new NewTicket(
            firmId, TicketCategory.Environment, "车间外的排水沟堵塞，雨天污水外溢", null, Urgency.Normal, "测试联系人", "13805741234", null, [], firm.ChannelId, firm.UserId));
        var liaison = await bot.NewOfficerChatAsync("19900000007");
        await bot.DeliverAlertsAsync(liaison);
        // A minute ahead, so whatever the liaison writes meanwhile is due at once.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(1));
        var channel = new FirstToUserFails(firm.UserId);
        var dispatcher = new AlertDispatcher(
            new Outbox(bot.Database, clock, new AlertOptions { BackoffBaseSeconds = 10, MaxAttempts = 5 }), bot.Services.GetRequiredService<AlertRenderer>(), channel,
            bot.Services.GetRequiredService<IWebhookChannel>(), bot.Services.GetRequiredService<WebhookAddresses>(), NullLogger<AlertDispatcher>.Instance);

        await liaison.SayAsync($"研判 {filed.Number} 属实");
        await liaison.SayAsync("反馈 已安排明天上午上门疏通");
        // The 反馈 fails once; 处理完成 and 办结 are written while it waits for its retry.
        await dispatcher.DispatchDueAsync();
        await liaison.SayAsync("处理完成 排水沟已疏通");
        await liaison.SayAsync("回头看 回访企业，问题已解决");
        await liaison.SayAsync("好的");
        await dispatcher.DispatchDueAsync();
        clock.Advance(TimeSpan.FromSeconds(10));
        for (var i = 0; i < 5; i++)
        {
            await dispatcher.DispatchDueAsync();
        }

        var told = channel.Sent.Where(sent => sent.Reference.User.Id == firm.UserId).Select(sent => sent.Message.Text).ToList();
        Assert.Equal(1, channel.Failed);
        Assert.Equal(3, told.Count);
        Assert.StartsWith("【工单反馈】", told[0]);
        Assert.StartsWith("【处理完成】", told[1]);
        Assert.StartsWith("【已办结】", told[2]);
    }

    [Fact]
    public async Task Alerts_waiting_for_the_former_liaison_reach_the_new_liaison_once_they_bind()
    {
        var firmId = await FirmInGridAsync(9);
        var filed = await bot.Services.GetRequiredService<TicketFiling>().FileAsync(new NewTicket(
            firmId, TicketCategory.Safety, "仓库门口的消防通道被货物堵住了", null, Urgency.Normal, "测试联系人", "13805741234", null, [], "test", "someone"));
        await bot.DeliverAlertsAsync(bot.NewChat());

        var issued = await bot.Services.GetRequiredService<OfficerEnrolment>().AddAsync(new NewOfficer("接任社管员", "13905749999", OfficerRole.Liaison, Grid: "9"));
        var successor = bot.NewChat();
        var bound = await successor.SayAsync("绑定 " + issued.Code);

        Assert.Contains("另有1条之前的提醒", bound);
        Assert.Contains($"【新工单】{filed.Number}", await bot.AlertTextsAsync(successor));
        var former = await bot.NewOfficerChatAsync("19900000009");
        Assert.DoesNotContain(filed.Number, await bot.AlertTextsAsync(former));
    }

    private async Task<string> FileThroughChatAsync(long firmId)
    {
        var chat = await bot.NewChatForFirmAsync(firmId);
        await chat.SayAsync("报事");
        await chat.SayAsync("企业服务");
        await chat.SayAsync("园区路灯坏了一个星期，晚上下班很不安全");
        await chat.SayAsync("跳过");
        await chat.SayAsync("一般");
        await chat.SayAsync("没有");
        await chat.SayAsync("李女士");
        await chat.SayAsync("13905741234");
        await chat.SayAsync("跳过");
        return await chat.SayAsync("确认提交");
    }

    private async Task<long> FirmInGridAsync(int grid) =>
        await bot.CountAsync(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @grid ORDER BY f.id DESC LIMIT 1 OFFSET 8",
            new { grid });

    private async Task<string> OfficePhoneAsync(int grid)
    {
        await using var connection = await bot.Database.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<string>(connection,
            "SELECT c.office_phone FROM grids AS g JOIN communities AS c ON c.id = g.community_id WHERE g.number = @grid", new { grid }) ?? string.Empty;
    }

    /// <summary>A channel whose first delivery to one user fails, as a channel down for a moment; the rest go through.</summary>
    private sealed class FirstToUserFails(string userId) : IAlertChannel
    {
        public System.Collections.Concurrent.ConcurrentQueue<(Microsoft.Bot.Schema.ConversationReference Reference, Microsoft.Bot.Schema.IMessageActivity Message)> Sent { get; } = new();

        public int Failed { get; private set; }

        public Task SendAsync(Microsoft.Bot.Schema.ConversationReference reference, Microsoft.Bot.Schema.IMessageActivity message, CancellationToken ct)
        {
            if (reference.User.Id == userId && Failed == 0)
            {
                Failed++;
                throw new HttpRequestException("The channel service is down.");
            }
            Sent.Enqueue((reference, message));
            return Task.CompletedTask;
        }
    }
}
