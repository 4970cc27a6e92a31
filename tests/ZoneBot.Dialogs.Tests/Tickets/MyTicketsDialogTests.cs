using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Tests.Support;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tests.Tickets;

/// <summary>查询工单 and what a firm does with a ticket afterwards: 补充, 催办, 评价.</summary>
public sealed class MyTicketsDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_firm_without_tickets_is_told_so()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(101));

        Assert.Contains("还没有工单", await chat.SayAsync("查询工单"));
    }

    [Fact]
    public async Task One_ticket_is_listed_with_its_stage_and_deadline()
    {
        var firmId = await bot.FirmIdAsync(102);
        var number = await FileAsync(firmId);
        var chat = await bot.NewChatForFirmAsync(firmId);

        var listing = await chat.SayAsync("我报的事怎么样了");

        Assert.Contains("共有1个工单", listing);
        Assert.Contains(number, listing);
        Assert.Contains("上报", listing);
        Assert.Contains("前响应", listing);
    }

    [Fact]
    public async Task Many_tickets_are_listed_newest_first_a_page_at_a_time()
    {
        var firmId = await bot.FirmIdAsync(103);
        var numbers = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            numbers.Add(await FileAsync(firmId));
        }
        var chat = await bot.NewChatForFirmAsync(firmId);

        var firstPage = await chat.ButtonsAfterAsync("查询工单");
        Assert.Equal([numbers[6], numbers[5], numbers[4], numbers[3], numbers[2], "下一页"], firstPage);
        var secondPage = await chat.ButtonsAfterAsync("下一页");
        Assert.Equal([numbers[1], numbers[0]], secondPage);
    }

    [Fact]
    public async Task A_ticket_number_typed_on_its_own_shows_its_history()
    {
        var firmId = await bot.FirmIdAsync(104);
        var number = await FileAsync(firmId);
        var chat = await bot.NewChatForFirmAsync(firmId);

        var details = await chat.SayAsync(number.ToLowerInvariant());

        Assert.Contains($"工单 {number}，当前环节：上报", details);
        Assert.Contains("办理记录", details);
        Assert.Contains("上报（测试联系人）", details);
    }

    [Fact]
    public async Task Another_firms_ticket_number_is_not_found_like_a_number_that_does_not_exist()
    {
        var other = await FileAsync(await bot.FirmIdAsync(105));
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(106));

        var answer = await chat.SayAsync(other);
        var missing = await chat.SayAsync("ZB-20200101-9999");

        Assert.Contains($"没有找到贵公司的工单 {other}", answer);
        Assert.Equal(answer.Replace(other, "N"), missing.Replace("ZB-20200101-9999", "N"));
    }

    [Fact]
    public async Task Adding_information_records_it_and_alerts_the_liaison()
    {
        var firmId = await bot.FirmIdAsync(107);
        var number = await FileAsync(firmId);
        var chat = await bot.NewChatForFirmAsync(firmId);
        await chat.SayAsync(number);

        Assert.Contains("请输入要补充的情况", await chat.SayAsync("补充"));
        Assert.Contains("已补充到工单", await chat.SayAsync("今天早上又发现一处漏点"));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id WHERE t.number = @number AND e.kind = 'supplemented' AND e.note = '今天早上又发现一处漏点'", new { number }));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.supplemented' AND payload LIKE '%' || @number || '%'", new { number }));
    }

    [Fact]
    public async Task Urging_twice_within_the_hour_says_when_the_first_urge_was_sent()
    {
        var firmId = await bot.FirmIdAsync(108);
        var number = await FileAsync(firmId);
        var chat = await bot.NewChatForFirmAsync(firmId);

        await chat.SayAsync(number);
        Assert.Contains("已催办", await chat.SayAsync("催办"));
        await chat.SayAsync(number);
        var second = await chat.SayAsync("催办");

        Assert.Contains("催办过", second);
        Assert.Contains("之后可以再次催办", second);
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.urged' AND payload LIKE '%' || @number || '%'", new { number }));
    }

    [Fact]
    public async Task Rating_is_offered_after_the_follow_up_review_and_taken_once()
    {
        var firmId = await bot.FirmIdAsync(109);
        var number = await FileAsync(firmId);
        var chat = await bot.NewChatForFirmAsync(firmId);
        Assert.DoesNotContain("评价", await chat.ButtonsAfterAsync(number));
        await chat.SayAsync("完成");
        await using (var connection = await bot.Database.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE tickets SET stage = 'reviewed' WHERE number = @number", new { number });
        }

        Assert.Contains("评价", await chat.ButtonsAfterAsync(number));
        Assert.Contains("请对处理结果进行评价", await chat.SayAsync("评价"));
        Assert.Contains("还有什么想说的", await chat.SayAsync("满意"));
        Assert.Contains("感谢您的评价", await chat.SayAsync("处理很及时"));

        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM tickets WHERE number = @number AND rating = 'satisfied' AND rating_comment = '处理很及时'", new { number }));
        Assert.DoesNotContain("评价", await chat.ButtonsAfterAsync(number));
    }

    private async Task<string> FileAsync(long firmId)
    {
        var filing = bot.Services.GetRequiredService<TicketFiling>();
        var filed = await filing.FileAsync(new NewTicket(
            firmId, TicketCategory.Environment, "车间外的排水沟堵塞，雨天污水外溢", null, Urgency.Normal,
            "测试联系人", "13805741234", null, [], "test", "someone"));
        return filed.Number;
    }
}
