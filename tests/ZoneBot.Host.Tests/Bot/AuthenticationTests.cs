using System.Net;
using System.Net.Http.Json;
using ZoneBot.Host.Tests.DirectLine;

namespace ZoneBot.Host.Tests.Bot;

/// <summary>The host with Bot Framework credentials, as when it serves Azure's channels.</summary>
public sealed class SecuredServer() : ZoneBotServer(
    "--MicrosoftAppId=00000000-0000-0000-0000-00000000abcd",
    "--MicrosoftAppPassword=not-a-real-password");

/// <summary>With a MicrosoftAppId, /api/messages wants the Bot Framework's JWT; the Direct Line keeps working on its own tokens.</summary>
public sealed class AuthenticationTests(SecuredServer server) : IClassFixture<SecuredServer>
{
    [Fact]
    public async Task An_activity_without_the_bot_frameworks_token_gets_401()
    {
        var response = await server.Http.PostAsJsonAsync("/api/messages", BotClient.Activity("message", "no-jwt", "zh-CN", "帮助"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_activity_with_a_made_up_token_gets_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent.Create(BotClient.Activity("message", "fake-jwt", "zh-CN", "帮助")),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_direct_line_still_greets_and_answers()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        Assert.Contains("您好", await client.BotSaidAsync());

        await client.SayAsync("帮助");

        Assert.Contains("取消", await client.BotSaidAsync());
    }
}
