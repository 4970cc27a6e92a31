using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Understanding;

/// <summary>Each slot of the 报事 form and of the volunteer sign-up, said in the first message, is not asked for again.</summary>
public sealed class NothingAskedTwiceTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Theory]
    [InlineData("category", "仓库后面的污水井一直往外冒黑水", "类别：环境保护和五水共治")]
    [InlineData("description", "食堂门口的下水道堵了，污水流到路上", "问题描述：食堂门口的下水道堵了，污水流到路上")]
    [InlineData("location", "3号车间的灭火器都过期了，需要更换", "位置：3号车间")]
    [InlineData("urgency", "厂门口的井盖被人偷走了，很危险，赶紧派人来", "紧急程度：紧急")]
    [InlineData("contact", "路灯坏了好几盏，晚上很黑，联系人张师傅", "联系人：张师傅")]
    [InlineData("phone", "厂区围墙倒了一段，有事打13857410000", "电话 13857410000")]
    [InlineData("visit", "东门的路面塌了个大坑，明天下午2点来看一下吧", "14:00")]
    public async Task A_ticket_slot_given_first_is_not_asked_for(string slot, string opening, string inSummary)
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(40 + slot.Length));

        var (asked, summary) = await FormDriver.TicketAsync(chat, MessageFactory.Text(opening));

        Assert.DoesNotContain(slot, asked);
        Assert.Contains(inSummary, summary);
    }

    [Fact]
    public async Task Photos_sent_first_are_kept_and_not_asked_for()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(60));
        var opening = MessageFactory.Text("厂门口的路积水很深，车进不来");
        opening.Attachments = [new Attachment("image/jpeg", "https://files.example/flood.jpg", name: "flood.jpg")];

        var (asked, summary) = await FormDriver.TicketAsync(chat, opening);

        Assert.DoesNotContain("photos", asked);
        Assert.DoesNotContain("description", asked);
        Assert.Contains("照片：1张", summary);
    }

    [Theory]
    [InlineData("team", "我想参加河小二", "队伍：家门口河小二志愿者队伍")]
    [InlineData("name", "志愿者报名，我叫孙丽", "姓名：孙丽")]
    [InlineData("phone", "想报名当志愿者，手机13805741111", "手机号：13805741111")]
    [InlineData("availability", "报名志愿者，周末有空", "可参加时间：周末")]
    public async Task A_sign_up_slot_given_first_is_not_asked_for(string slot, string opening, string inSummary)
    {
        var chat = bot.NewChat();

        var (asked, summary) = await FormDriver.VolunteerAsync(chat, opening);

        Assert.DoesNotContain(slot, asked);
        Assert.Contains(inSummary, summary);
    }

    [Fact]
    public async Task A_fact_in_a_later_answer_fills_its_slot_too()
    {
        var chat = await bot.NewChatForFirmAsync(await bot.FirmIdAsync(61));
        await chat.SayAsync("报事");
        await chat.SayAsync("安全生产和消防安全");

        var next = await chat.SayAsync("2号仓库的消防栓漏水，地上全是水，很危险");

        // The place and the urgency were in the description: the next question is about photos.
        Assert.Contains("现场照片", next);
        await chat.SayAsync("没有");
        await chat.SayAsync("李女士");
        var summary = await chat.SayAsync("13905741234 明天上午来看吧");
        Assert.Contains("位置：2号仓库", summary);
        Assert.Contains("紧急程度：紧急", summary);
        Assert.Matches(@"希望上门时间：\d+月\d+日 0[89]:00", summary);
    }
}
