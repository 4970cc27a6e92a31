using System.Text.RegularExpressions;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Relay;

/// <summary>
/// 转人工 between a firm's chat and its liaison's, the messages carried by the outbox as alerts are; and when
/// no one answers, the phones to call and a ticket with what was said.
/// </summary>
public sealed class RelayDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task The_firm_and_its_bound_liaison_talk_through_the_relay_until_the_liaison_ends_it()
    {
        var firm = await bot.NewChatForFirmAsync(await FirmInGridAsync(5));
        var liaison = await bot.NewOfficerChatAsync("19900000005");

        Assert.Contains("胡建国", await firm.SayAsync("转人工"));
        Assert.Contains("请求与您对话", await bot.AlertTextsAsync(liaison));
        Assert.Contains("已接入", await liaison.SayAsync("接入"));
        Assert.Contains("社管员胡建国已接入", await bot.AlertTextsAsync(firm));

        Assert.Equal(string.Empty, await firm.SayAsync("你好，我们厂门口的路什么时候修？"));
        var atLiaison = await bot.AlertTextsAsync(liaison);
        Assert.Matches(@"【.+】你好，我们厂门口的路什么时候修？", atLiaison);
        Assert.Equal(string.Empty, await liaison.SayAsync("下周一开始修，大概三天"));
        Assert.Contains("【社管员 胡建国】下周一开始修，大概三天", await bot.AlertTextsAsync(firm));

        Assert.Contains("对话已结束", await liaison.SayAsync("结束"));
        Assert.Contains("社管员胡建国结束了对话", await bot.AlertTextsAsync(firm));
        Assert.Contains("解决您的问题了吗", await firm.SayAsync("请问12345热线能投诉什么"));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM relays WHERE status = 'ended' AND ended_by = 'liaison' AND accepted_at IS NOT NULL AND firm_user_id = @user", new { user = firm.UserId }));
        Assert.Equal(2, await bot.CountAsync("SELECT COUNT(*) FROM relay_messages AS m JOIN relays AS r ON r.id = m.relay_id WHERE r.firm_user_id = @user", new { user = firm.UserId }));
    }

    [Fact]
    public async Task A_liaison_who_has_not_bound_a_chat_leaves_the_firm_the_phones_and_a_ticket()
    {
        var firmId = await FirmInGridAsync(6);
        var firm = await bot.NewChatForFirmAsync(firmId);

        var reply = await firm.SayAsync("人工客服");

        Assert.Contains("孙晓东", reply);
        Assert.Contains("19900000006", reply);
        Assert.Contains("0574-9999000", reply);
        Assert.Contains("登记成工单", reply);
        Assert.Contains("请选择问题的类别", await firm.SayAsync("好的"));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM relays WHERE status = 'missed' AND ended_by = 'unavailable' AND firm_id = @firmId", new { firmId }));
    }

    [Fact]
    public async Task When_the_liaison_does_not_accept_in_time_the_firm_may_file_what_it_said_as_a_ticket()
    {
        var firmId = await FirmInGridAsync(7);
        var firm = await bot.NewChatForFirmAsync(firmId);
        await bot.NewOfficerChatAsync("19900000007");

        Assert.Contains("叶雯婷", await firm.SayAsync("我想找人工客服"));
        Assert.Contains("还没有接入", await firm.SayAsync("我们想问问厂房消防验收的流程，需要准备哪些材料"));
        await bot.ExecuteAsync("UPDATE relays SET requested_at = '2020-01-01T00:00:00.0000000+00:00' WHERE firm_id = @firmId", new { firmId });

        var missed = await firm.SayAsync("还有人吗");
        Assert.Contains("叶雯婷暂时没有接入", missed);
        Assert.Contains("19900000007", missed);
        Assert.Contains("请选择问题的类别", await firm.SayAsync("要"));
        await firm.SayAsync("安全生产和消防安全");
        await firm.SayAsync("跳过");
        await firm.SayAsync("一般");
        await firm.SayAsync("没有");
        await firm.SayAsync("赵工");
        await firm.SayAsync("13705741234");
        Assert.Contains("问题描述：我们想问问厂房消防验收的流程，需要准备哪些材料。还有人吗", await firm.SayAsync("不用"));
        Assert.Matches(@"工单号 ZB-\d{8}-\d{4}", await firm.SayAsync("确认"));
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM relays WHERE status = 'missed' AND ended_by = 'timeout' AND firm_id = @firmId", new { firmId }));
    }

    private async Task<long> FirmInGridAsync(int grid) =>
        await bot.CountAsync(
            "SELECT f.id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id WHERE g.number = @grid ORDER BY f.id LIMIT 1", new { grid });
}
