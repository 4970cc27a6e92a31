using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Host.Bot;

namespace ZoneBot.Host.Tests.DirectLine;

/// <summary>ZoneBot's own Direct Line spoken with a plain HTTP client: tokens, the start, posting, reading after a watermark.</summary>
public sealed class DirectLineProtocolTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task Generate_gives_a_short_lived_token_for_a_new_conversation_and_a_user_the_server_chose()
    {
        using var client = new DirectLineClient(server.BaseAddress);

        var answer = await client.GenerateAsync();

        var claims = DirectLineClient.ClaimsOf(client.Token);
        Assert.StartsWith("dl_", (string?)claims["user"]);
        Assert.Equal(client.ConversationId, (string?)claims["conv"]);
        Assert.Equal(30 * 60, (int)answer["expires_in"]!);
    }

    [Fact]
    public async Task Starting_the_conversation_greets_the_user_once()
    {
        using var client = new DirectLineClient(server.BaseAddress);
        await client.GenerateAsync();

        var first = await client.StartAsync();
        var again = await client.StartAsync();
        var activities = await client.ReadNewAsync();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var started = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(client.ConversationId, (string?)started["conversationId"]);
        Assert.Equal(client.Token, (string?)started["token"]);
        var greeting = Assert.Single(activities);
        Assert.Contains("您好，我是滨海园区小助手", (string?)greeting["text"]);
        Assert.Equal("报事", (string?)greeting["suggestedActions"]!["actions"]![0]!["title"]);
        Assert.Equal("directline", (string?)greeting["channelId"]);
        Assert.Equal("1", client.Watermark);
    }

    [Fact]
    public async Task A_message_comes_back_with_its_server_id_and_the_clients_own_id_followed_by_the_answer()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        await client.ReadNewAsync();

        var id = await client.SayAsync("找社管员", clientActivityId: "webchat-42");
        var activities = await client.ReadNewAsync();

        Assert.Equal($"{client.ConversationId}|0000002", id);
        var echo = activities[0];
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal("webchat-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        var answer = activities[1];
        Assert.Contains("贵公司的名称", (string?)answer["text"]);
        Assert.Equal(id, (string?)answer["replyToId"]);
    }

    [Fact]
    public async Task A_message_keeps_the_local_time_and_offset_the_browser_sent()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        await client.ReadNewAsync();
        var message = DirectLineClient.Message("找社管员", "webchat-offset");
        message["localTimestamp"] = "2026-12-02T10:15:30.123+08:00";

        (await client.PostActivityAsync(message)).EnsureSuccessStatusCode();
        var echo = (await client.ReadNewAsync())[0];

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 10, 15, 30, 123, TimeSpan.FromHours(8)), DateTimeOffset.Parse((string)echo["localTimestamp"]!));
        Assert.EndsWith("+08:00", (string)echo["localTimestamp"]!);
    }

    [Fact]
    public async Task A_message_sent_again_with_the_same_client_id_is_kept_and_answered_once()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);

        var first = await client.SayAsync("帮助", clientActivityId: "retry-1");
        var again = await client.SayAsync("帮助", clientActivityId: "retry-1");

        Assert.Equal(first, again);
        Assert.Equal(3, (await client.ReadNewAsync()).Count);
    }

    [Fact]
    public async Task Reading_after_each_watermark_while_messages_arrive_gives_every_activity_once_and_in_order()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        using var reader = new DirectLineClient(server.BaseAddress) { Token = client.Token, ConversationId = client.ConversationId };
        var seen = new List<string>();
        var talking = Task.Run(async () =>
        {
            foreach (var text in new[] { "帮助", "菜单", "今天天气不错", "帮助", "菜单" })
            {
                await client.SayAsync(text);
            }
        });

        while (!talking.IsCompleted)
        {
            seen.AddRange((await reader.ReadNewAsync()).Select(activity => (string)activity["id"]!));
            await Task.Delay(50);
        }
        await talking;
        seen.AddRange((await reader.ReadNewAsync()).Select(activity => (string)activity["id"]!));

        using var everything = new DirectLineClient(server.BaseAddress) { Token = client.Token, ConversationId = client.ConversationId };
        var all = (await everything.ReadNewAsync()).Select(activity => (string)activity["id"]!).ToList();
        Assert.True(all.Count >= 11, $"Only {all.Count} activities were logged.");
        Assert.Equal(all, seen);
        Assert.Empty(await reader.ReadNewAsync());
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_user_and_conversation()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var before = DirectLineClient.ClaimsOf(client.Token);
        await Task.Delay(1100);

        var response = await client.RefreshAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var token = (string)answer["token"]!;
        Assert.NotEqual(client.Token, token);
        var after = DirectLineClient.ClaimsOf(token);
        Assert.Equal((string?)before["user"], (string?)after["user"]);
        Assert.Equal(client.ConversationId, (string?)answer["conversationId"]);
        Assert.True((long)after["exp"]! > (long)before["exp"]!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetActivitiesAsync("", token: token)).StatusCode);
    }

    [Fact]
    public async Task The_same_browser_picks_its_conversation_up_again_with_a_new_token()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var conversationId = client.ConversationId;
        var user = (string?)DirectLineClient.ClaimsOf(client.Token)["user"];

        await client.GenerateAsync(new { conversationId });

        Assert.Equal(conversationId, client.ConversationId);
        Assert.Equal(user, (string?)DirectLineClient.ClaimsOf(client.Token)["user"]);
        Assert.Single(await client.ReadNewAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.StartAsync()).StatusCode);
    }

    [Fact]
    public async Task A_proactive_message_to_a_direct_line_conversation_reaches_its_client()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var greeting = Assert.Single(await client.ReadNewAsync());
        // What the officers' outbox keeps: the conversation reference of an activity the bot received.
        var reference = new ConversationReference
        {
            ChannelId = (string)greeting["channelId"]!,
            ServiceUrl = (string)greeting["serviceUrl"]!,
            Conversation = new ConversationAccount(id: client.ConversationId),
            Bot = new ChannelAccount("zonebot", "滨海园区小助手", RoleTypes.Bot),
            User = new ChannelAccount((string)greeting["recipient"]!["id"]!, role: RoleTypes.User),
        };
        var adapter = server.Services.GetRequiredService<ZoneBotAdapter>();

        await adapter.ContinueConversationAsync(string.Empty, reference, (turn, ct) => turn.SendActivityAsync("新工单提醒：ZB-20261128-0001", cancellationToken: ct), CancellationToken.None);

        var alert = Assert.Single(await client.ReadNewAsync());
        Assert.Equal("新工单提醒：ZB-20261128-0001", (string?)alert["text"]);
        Assert.Equal("bot", (string?)alert["from"]!["role"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("[1]")]
    [InlineData("{\"text\":\"没有类型\"}")]
    [InlineData("{\"type\":\"conversationUpdate\"}")]
    public async Task Anything_but_a_message_event_or_typing_activity_gets_400(string body)
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities",
            content: new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_watermark_the_server_did_not_give_gets_400()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetActivitiesAsync("abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetActivitiesAsync("-1")).StatusCode);
    }
}
