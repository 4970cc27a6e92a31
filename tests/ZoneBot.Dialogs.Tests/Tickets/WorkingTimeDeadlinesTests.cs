using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Tickets;

/// <summary>Deadlines in the chat count working hours for a normal ticket filed on a Friday evening.</summary>
public sealed class WorkingTimeDeadlinesTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_ticket_filed_on_friday_evening_is_due_in_working_hours_not_over_the_weekend()
    {
        // Friday 4 December 2026, 17:12 in the zone.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 17, 12, 0, ZoneTime.Offset));
        await using var instance = bot.StartInstance(time: clock);
        var firmId = await bot.CountAsync("SELECT id FROM firms WHERE colour = 'green' ORDER BY id LIMIT 1 OFFSET 3");
        var chat = new Chat(BotFixture.Bot(instance), "zh-CN");
        await instance.GetRequiredService<FirmUserLinks>().LinkAsync(chat.ChannelId, chat.UserId, firmId);

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

        // Green: 24 working hours to respond: 18 minutes on Friday, then 7.5 h a day from Monday.
        Assert.Contains("首次响应时限：12月10日 09:42前", filed);
        // 120 working hours: sixteen working days later, not "12月9日 17:12" as clock hours would say.
        Assert.Contains("处理时限：12月28日 17:12前", filed);
        Assert.DoesNotContain("12月5日", filed);
    }
}
