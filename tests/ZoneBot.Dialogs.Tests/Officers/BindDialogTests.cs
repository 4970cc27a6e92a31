using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Dialogs.Tests.Support;

namespace ZoneBot.Dialogs.Tests.Officers;

/// <summary>绑定: an officer binds a chat with the one-time code from an administrator.</summary>
public sealed class BindDialogTests(BotFixture bot) : IClassFixture<BotFixture>
{
    private async Task<string> CodeForAsync(string phone) =>
        (await bot.Services.GetRequiredService<OfficerEnrolment>().IssueCodeAsync(phone))!.Code;

    [Fact]
    public async Task A_good_code_binds_the_chat_and_the_menu_then_offers_my_tasks()
    {
        var code = await CodeForAsync("19900000001");
        var chat = bot.NewChat();

        var answer = await chat.SayAsync("绑定 " + code.ToLowerInvariant());
        var menu = await chat.ButtonsAfterAsync("菜单");

        Assert.Contains("绑定成功！您好，周海燕（社管员）", answer);
        Assert.Equal(["我的待办", "报事", "查询工单", "找社管员", "志愿者报名", "帮助"], menu);
        Assert.Equal(1, await bot.CountAsync("SELECT COUNT(*) FROM officers WHERE phone = '19900000001' AND channel_user_id = @user AND conversation_reference IS NOT NULL", new { user = chat.UserId }));
    }

    [Fact]
    public async Task Binding_without_the_code_asks_for_it()
    {
        var code = await CodeForAsync("19900000002");
        var chat = bot.NewChat();

        Assert.Contains("请输入管理员发给您的绑定码", await chat.SayAsync("绑定"));
        Assert.Contains("绑定成功", await chat.SayAsync(code));
    }

    [Fact]
    public async Task A_wrong_a_used_and_an_expired_code_get_the_same_answer()
    {
        var used = await CodeForAsync("19900000003");
        await bot.NewChat().SayAsync("绑定 " + used);
        var expired = await CodeForAsync("19900000004");
        await bot.ExecuteAsync("UPDATE officers SET bind_code_expires_at = '2020-01-01T00:00:00.0000000Z' WHERE phone = '19900000004'");

        var wrong = await bot.NewChat().SayAsync("绑定 AAAAA-BBBBB");
        var again = await bot.NewChat().SayAsync("绑定 " + used);
        var late = await bot.NewChat().SayAsync("绑定 " + expired);

        Assert.Contains("这个绑定码无效或已经用过", wrong);
        Assert.Equal(wrong, again);
        Assert.Equal(wrong, late);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_binding_even_for_a_good_code()
    {
        var good = await CodeForAsync("19900000005");
        var chat = bot.NewChat();
        for (var i = 1; i <= 4; i++)
        {
            Assert.Contains("无效", await chat.SayAsync($"绑定 WRONG-0000{i}"));
        }

        Assert.Contains("错误次数过多，绑定已暂停", await chat.SayAsync("绑定 WRONG-00005"));
        Assert.Contains("错误次数过多", await chat.SayAsync("绑定 " + good));
        Assert.Equal(0, await bot.CountAsync("SELECT COUNT(*) FROM officers WHERE channel_user_id = @user", new { user = chat.UserId }));
    }

    [Fact]
    public async Task My_tasks_is_refused_to_a_chat_user_who_is_not_an_officer()
    {
        var answer = await bot.NewChat().SayAsync("我的待办");

        Assert.Contains("只对已绑定的工作人员开放", answer);
    }
}
