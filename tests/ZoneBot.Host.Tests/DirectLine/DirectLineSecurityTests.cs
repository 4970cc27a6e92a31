using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.DirectLine.Auth;

namespace ZoneBot.Host.Tests.DirectLine;

/// <summary>Every Direct Line call checks its token: none or a bad one 401, expired 401, another conversation's 403; the user is the token's.</summary>
public sealed class DirectLineSecurityTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task Calls_without_a_token_or_with_a_forged_one_get_401()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var parts = client.Token.Split('.');
        var forged = parts[0] + "." + parts[1].Replace(parts[1][^3..], "AAA") + "." + parts[2];

        foreach (var token in new[] { "", "not-a-token", forged })
        {
            var tokenToSend = token.Length == 0 ? null : token;
            using var anonymous = new DirectLineClient(server.BaseAddress) { ConversationId = client.ConversationId, Token = tokenToSend ?? string.Empty };
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.StartAsync()).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetActivitiesAsync("")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostActivityAsync(DirectLineClient.Message("你好", "x"))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.RefreshAsync()).StatusCode);
        }
    }

    [Fact]
    public async Task An_expired_token_gets_401_and_cannot_be_refreshed()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var user = (string)DirectLineClient.ClaimsOf(client.Token)["user"]!;
        var tokens = server.Services.GetRequiredService<DirectLineTokens>();
        var expired = tokens.Issue(user, client.ConversationId, DateTimeOffset.UtcNow.AddSeconds(-5));

        var read = await client.GetActivitiesAsync("", token: expired);
        var post = await client.PostActivityAsync(DirectLineClient.Message("你好", "late"), token: expired);
        var refresh = await client.RefreshAsync(expired);

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Contains("TokenExpired", await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_conversation_gets_403()
    {
        using var alice = await DirectLineClient.ConnectAsync(server.BaseAddress);
        using var mallory = await DirectLineClient.ConnectAsync(server.BaseAddress);

        var read = await mallory.GetActivitiesAsync("", conversationId: alice.ConversationId);
        var post = await mallory.PostActivityAsync(DirectLineClient.Message("报事", "m1"), conversationId: alice.ConversationId);
        var reconnect = await mallory.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Single(await alice.ReadNewAsync());
    }

    [Fact]
    public async Task Another_browser_cannot_take_over_a_conversation_by_its_id()
    {
        using var alice = await DirectLineClient.ConnectAsync(server.BaseAddress);
        using var mallory = new DirectLineClient(server.BaseAddress);

        var response = await mallory.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate",
            content: System.Net.Http.Json.JsonContent.Create(new { conversationId = alice.ConversationId }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_from_id_is_ignored_and_the_bot_sees_the_tokens_user()
    {
        // Alice says which firm she speaks for; the bot remembers it for her user id.
        using var alice = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var aliceId = (string)DirectLineClient.ClaimsOf(alice.Token)["user"]!;
        await alice.SayAsync("找社管员");
        await alice.SayAsync("华信电器");
        await alice.SayAsync("是");
        Assert.Contains("1号网格", await alice.BotSaidAsync());
        Assert.Contains("1号网格", await TalkAsync(alice, "找社管员"));

        // Mallory writes Alice's id as from.id: the bot still sees Mallory, who has no firm and is asked for one.
        using var mallory = await DirectLineClient.ConnectAsync(server.BaseAddress);
        await mallory.ReadNewAsync();
        var message = DirectLineClient.Message("找社管员", "forged-1");
        message["from"] = new JsonObject { ["id"] = aliceId, ["name"] = "Alice", ["role"] = "user" };
        (await mallory.PostActivityAsync(message)).EnsureSuccessStatusCode();
        var activities = await mallory.ReadNewAsync();

        Assert.Equal((string?)DirectLineClient.ClaimsOf(mallory.Token)["user"], (string?)activities[0]["from"]!["id"]);
        Assert.Null(activities[0]["from"]!["name"]);
        Assert.Contains("贵公司的名称", string.Join("\n", activities.Skip(1).Select(activity => (string?)activity["text"])));
    }

    private static async Task<string> TalkAsync(DirectLineClient client, string text)
    {
        await client.SayAsync(text);
        return await client.BotSaidAsync();
    }
}
