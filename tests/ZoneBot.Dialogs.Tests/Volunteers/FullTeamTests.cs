using ZoneBot.Dialogs.Tests.Support;
using static ZoneBot.Dialogs.Tests.Volunteers.Volunteering;

namespace ZoneBot.Dialogs.Tests.Volunteers;

/// <summary>A team that has reached its capacity (平安巡防 is set to its demo size, 38, in this class's database).</summary>
public sealed class FullTeamTests(BotFixture bot) : IClassFixture<BotFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() =>
        await ScalarAsync(bot, "UPDATE volunteer_teams SET capacity = 38 WHERE code = 'safety_patrol'");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_list_says_the_team_is_full_and_picking_it_offers_the_others()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("志愿者报名");

        var teams = await chat.SayAsync("同意");
        Assert.Contains($"{Patrol}：", teams);
        Assert.Contains("已报名38人，限38人，已满", teams);

        var reply = await chat.SayAsync("巡防");
        Assert.Contains($"{Patrol}已经满员（38人），请选择其他队伍", reply);
        Assert.Contains("请输入您的姓名", await chat.SayAsync("河小二"));
    }

    [Fact]
    public async Task A_full_team_named_in_the_first_message_is_said_to_be_full_and_the_others_are_offered()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");

        var reply = await chat.SayAsync("同意");

        Assert.Contains($"{Patrol}已经满员了", reply);
        Assert.Contains("请选择要加入的队伍", reply);
        Assert.Contains(River, reply);
    }

    [Fact]
    public async Task A_full_team_gets_no_new_member()
    {
        var chat = bot.NewChat();
        await chat.SayAsync("我想参加巡防队");
        await chat.SayAsync("同意");
        await chat.SayAsync("巡防");
        await chat.SayAsync("巡防");

        var third = await chat.SayAsync("巡防");

        Assert.Contains("已经满员", third);
        Assert.Contains("回复序号、简称", third);
        Assert.Equal(38, await MembersOfTeamAsync(bot, Patrol));
    }
}
