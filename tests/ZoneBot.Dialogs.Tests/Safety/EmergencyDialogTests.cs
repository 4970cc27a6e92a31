using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Safety;

/// <summary>
/// Emergencies come first, at rest and at any step of any flow: the first reply says which number to call
/// now, then an urgent ticket is offered, prefilled from the message, which alerts the liaison and the
/// community secretary at once.
/// </summary>
public sealed class EmergencyDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task A_fire_at_rest_is_told_to_call_119_first_and_an_urgent_ticket_alerts_liaison_and_secretary()
    {
        var firmId = await FirmInGridAsync(1);
        var chat = await bot.NewChatForFirmAsync(firmId);
        var liaison = await bot.NewOfficerChatAsync("19900000001");
        var secretary = await bot.NewOfficerChatAsync("19900000011");

        var replies = await chat.SendAsync(Microsoft.Bot.Builder.MessageFactory.Text("急！我们仓库着火了"));

        Assert.StartsWith("⚠️ 请立即拨打 119", replies[0].Text);
        Assert.DoesNotContain("\n", replies[0].Text);
        Assert.Contains("紧急工单", Chat.Texts(replies));
        Assert.Contains("联系人怎么称呼", await chat.SayAsync("好的"));
        Assert.Contains("联系电话", await chat.SayAsync("王经理"));
        var filed = await chat.SayAsync("138 0574 1234");

        Assert.Matches(@"工单号 ZB-\d{8}-\d{4}", filed);
        Assert.Contains("已同时通知社区书记", filed);
        var number = Regex.Match(filed, @"ZB-\d{8}-\d{4}").Value;
        Assert.Equal(1, await bot.CountAsync(
            "SELECT COUNT(*) FROM tickets WHERE number = @number AND urgency = 'urgent' AND category = 'safety' AND routing = 'emergency' AND description = '急！我们仓库着火了'",
            new { number }));
        Assert.Contains("【紧急·人身安全】工单 " + number, await bot.AlertTextsAsync(liaison));
        Assert.Contains("【紧急·人身安全】工单 " + number, await bot.AlertTextsAsync(secretary));
    }

    [Fact]
    public async Task An_emergency_in_the_middle_of_another_flow_interrupts_it_with_the_number_first()
    {
        var chat = bot.NewChat();
        Assert.Contains("贵公司的名称", await chat.SayAsync("报事"));

        var replies = await chat.SendAsync(Microsoft.Bot.Builder.MessageFactory.Text("有工人从架子上摔下来了流了很多血"));

        Assert.StartsWith("⚠️ 请立即拨打 120", replies[0].Text);
        Assert.Contains("紧急工单", Chat.Texts(replies));
        Assert.Contains("没有登记", await chat.SayAsync("不用了"));
        Assert.Contains("贵公司的名称", await chat.SayAsync("报事"));
    }

    [Fact]
    public async Task A_gas_smell_while_signing_up_as_a_volunteer_is_told_to_call_119()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("志愿者报名");

        var replies = await chat.SendAsync(Microsoft.Bot.Builder.MessageFactory.Text("等一下，仓库里有股很浓的煤气味"));

        Assert.StartsWith("⚠️ 请立即拨打 119", replies[0].Text);
    }

    [Fact]
    public async Task A_blocked_fire_lane_is_not_an_emergency_but_a_ticket()
    {
        var chat = await bot.NewChatForFirmAsync(await FirmInGridAsync(2));

        var reply = await chat.SayAsync("厂区消防通道被堵了");

        Assert.DoesNotContain("119", reply);
        Assert.Contains("安全生产和消防安全", reply);
    }

    [Fact]
    public async Task Violence_in_english_is_told_to_call_110()
    {
        var chat = bot.NewChat("en-US");

        var replies = await chat.SendAsync(Microsoft.Bot.Builder.MessageFactory.Text("two men are fighting with a knife at the gate"));

        Assert.StartsWith("⚠️ Call 110", replies[0].Text);
    }

    private async Task<long> FirmInGridAsync(int grid) =>
        await bot.CountAsync(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @grid ORDER BY f.id LIMIT 1", new { grid });
}
