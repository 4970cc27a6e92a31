using System.Text.Json.Nodes;
using Dapper;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Bot;

/// <summary>Several instances over one PostgreSQL: a conversation may reach either, and a delivery to both is handled once.</summary>
public sealed class MultiInstanceTests(TwoInstances hosts) : IClassFixture<TwoInstances>
{
    [PostgresFact]
    public async Task Two_instances_starting_at_once_load_the_demo_data_once()
    {
        await using var connection = await hosts.Database.Database.OpenAsync();

        Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM communities"));
        Assert.Equal(743L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM firms"));
    }

    [PostgresFact]
    public async Task The_turns_of_one_conversation_can_alternate_between_instances()
    {
        Assert.Contains("贵公司的名称", BotClient.Texts(await hosts.A.Bot.SayAsync("alternate", "找社管员")));
        Assert.Contains("您是 慈溪市华信电器有限公司 吗", BotClient.Texts(await hosts.B.Bot.SayAsync("alternate", "华信电器")));

        var answer = BotClient.Texts(await hosts.A.Bot.SayAsync("alternate", "是"));

        Assert.Contains("1号网格", answer);
        Assert.Contains("周海燕", answer);
    }

    [PostgresFact]
    public async Task The_same_activity_delivered_to_both_instances_at_once_is_handled_once()
    {
        await hosts.A.Bot.SayAsync("both", "找社管员");
        var firm = BotClient.Activity("message", "both", "zh-CN", "华信电器");

        var replies = await Task.WhenAll(hosts.A.Bot.SendAsync(firm), hosts.B.Bot.SendAsync((JsonObject)firm.DeepClone()));

        Assert.Contains("您是 慈溪市华信电器有限公司 吗", BotClient.Texts(replies[0]));
        Assert.Equal(BotClient.Texts(replies[0]), BotClient.Texts(replies[1]));
        Assert.Contains("1号网格", BotClient.Texts(await hosts.B.Bot.SayAsync("both", "是")));
    }
}
