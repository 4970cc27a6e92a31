using System.Net;
using System.Text;

namespace ZoneBot.Host.Tests.Bot;

/// <summary>POST /api/messages and GET /healthz over real HTTP, in Chinese, as a channel sends them.</summary>
public sealed class MessagesEndpointTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    private static readonly string[] MainMenu = ["报事", "查询工单", "找社管员", "志愿者报名", "帮助"];

    [Fact]
    public async Task A_new_member_is_greeted_with_the_chinese_menu()
    {
        var replies = await server.Bot.JoinAsync("greet");

        var greeting = Assert.Single(replies);
        Assert.Contains("滨海园区小助手", BotClient.Texts(replies));
        Assert.Equal(MainMenu, BotClient.SuggestedActions([greeting]));
    }

    [Fact]
    public async Task An_english_client_is_greeted_in_english()
    {
        var replies = await server.Bot.JoinAsync("greet-en", "en-US");

        Assert.Contains("Hello", BotClient.Texts(replies));
        Assert.Contains("Report an issue", BotClient.SuggestedActions(replies));
    }

    [Fact]
    public async Task Help_explains_what_the_bot_does_and_shows_the_menu()
    {
        var replies = await server.Bot.SayAsync("help", "帮助");

        Assert.Contains("报事", BotClient.Texts(replies));
        Assert.Contains("取消", BotClient.Texts(replies));
        Assert.Equal(MainMenu, BotClient.SuggestedActions(replies));
    }

    [Fact]
    public async Task Words_the_bot_does_not_know_get_a_short_answer_and_the_menu()
    {
        var replies = await server.Bot.SayAsync("unknown", "今天天气不错");

        Assert.Contains("没有理解", BotClient.Texts(replies));
        Assert.Equal(MainMenu, BotClient.SuggestedActions(replies));
    }

    [Fact]
    public async Task A_natural_phrasing_reaches_its_flow()
    {
        var replies = await server.Bot.SayAsync("intent", "我们网格员是谁");

        Assert.Contains("贵公司的名称", BotClient.Texts(replies));
    }

    [Fact]
    public async Task Cancel_in_the_middle_of_a_prompt_leaves_the_flow_and_shows_the_menu()
    {
        await server.Bot.SayAsync("cancel", "找社管员");

        var replies = await server.Bot.SayAsync("cancel", "取消");

        Assert.Contains("已取消", BotClient.Texts(replies));
        Assert.Equal(MainMenu, BotClient.SuggestedActions(replies));
        Assert.Contains("没有理解", BotClient.Texts(await server.Bot.SayAsync("cancel", "华信电器有限公司的事")));
    }

    [Fact]
    public async Task Help_in_the_middle_of_a_prompt_explains_the_step_and_keeps_it()
    {
        await server.Bot.SayAsync("step-help", "找社管员");

        var help = BotClient.Texts(await server.Bot.SayAsync("step-help", "帮助"));

        Assert.Contains("道路名", help);
        Assert.Contains("您是 慈溪市华信电器有限公司 吗", BotClient.Texts(await server.Bot.SayAsync("step-help", "华信电器")));
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_answered_twice_but_handled_once()
    {
        var search = BotClient.Activity("message", "retry", "zh-CN", "找社管员");
        await server.Bot.SendAsync(search);
        var firm = BotClient.Activity("message", "retry", "zh-CN", "华信电器");

        var first = BotClient.Texts(await server.Bot.SendAsync(firm));
        var again = BotClient.Texts(await server.Bot.SendAsync(firm));

        Assert.Contains("您是 慈溪市华信电器有限公司 吗", first);
        Assert.Equal(first, again);
        Assert.Contains("1号网格", BotClient.Texts(await server.Bot.SayAsync("retry", "是")));
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_at_once_is_handled_once()
    {
        await server.Bot.SayAsync("race", "找社管员");
        var firm = BotClient.Activity("message", "race", "zh-CN", "华信电器");

        var both = await Task.WhenAll(server.Bot.SendAsync(firm), server.Bot.SendAsync((System.Text.Json.Nodes.JsonObject)firm.DeepClone()));

        Assert.Equal(BotClient.Texts(both[0]), BotClient.Texts(both[1]));
        Assert.Contains("1号网格", BotClient.Texts(await server.Bot.SayAsync("race", "是")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"你好\",\"conversation\":{\"id\":\"x\"}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"你好\"}")]
    public async Task A_malformed_body_gets_400(string body)
    {
        var response = await server.Http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_check_answers_when_the_database_does()
    {
        var response = await server.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
