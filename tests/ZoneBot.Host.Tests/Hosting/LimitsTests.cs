using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using ZoneBot.Host.Tests.DirectLine;

namespace ZoneBot.Host.Tests.Hosting;

/// <summary>The host with limits low enough to reach in a test.</summary>
public sealed class LimitedServer() : ZoneBotServer(
    "--RateLimits:MessagesPerUser=3",
    "--RateLimits:ReadsPerUser=4",
    "--DirectLine:MaxUploadBytes=65536");

/// <summary>Rate limits answer 429 with Retry-After, per user and per address; bodies past their limit get 413.</summary>
public sealed class LimitsTests(LimitedServer server) : IClassFixture<LimitedServer>
{
    [Fact]
    public async Task A_direct_line_user_past_their_messages_gets_429_and_another_user_does_not()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress); // the start counts: 1 of 3
        await client.SayAsync("帮助");
        await client.SayAsync("菜单");

        var refused = await client.PostActivityAsync(DirectLineClient.Message("帮助", "one-too-many"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        using var other = await DirectLineClient.ConnectAsync(server.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await other.PostActivityAsync(DirectLineClient.Message("帮助", "other"))).StatusCode);
    }

    [Fact]
    public async Task A_direct_line_user_reading_too_often_gets_429()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetActivitiesAsync("")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_sender_on_api_messages_past_their_messages_gets_429_and_another_sender_does_not()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await server.Http.PostAsJsonAsync("/api/messages", BotClient.Activity("message", "limited", "zh-CN", "帮助"))).StatusCode);
        }
        var other = BotClient.Activity("message", "limited-other", "zh-CN", "帮助");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.PostAsJsonAsync("/api/messages", other)).StatusCode);
    }

    [Fact]
    public async Task An_upload_larger_than_allowed_gets_413()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload",
            content: DirectLineUploadTests.Upload(("big.jpg", "image/jpeg", new byte[100 * 1024])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

/// <summary>The host with few tokens per address.</summary>
public sealed class TokenLimitedServer() : ZoneBotServer("--RateLimits:TokensPerAddress=3");

public sealed class TokenLimitTests(TokenLimitedServer server) : IClassFixture<TokenLimitedServer>
{
    [Fact]
    public async Task One_address_asking_for_too_many_tokens_gets_429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var browser = new DirectLineClient(server.BaseAddress);
            statuses.Add((await browser.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", content: JsonContent.Create(new { }))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

}

/// <summary>
/// Bodies past their limit get 413, whether they say their length or not (chunked). Sent over a raw socket:
/// the host answers 413 and closes while the rest of the body is still on its way, and HttpClient then fails on
/// the broken pipe instead of reading the answer, now and then (seen once in a full test run).
/// </summary>
public sealed class BodyLimitTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    private static readonly string Huge = new('长', 100_000);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_activity_larger_than_256_KB_on_api_messages_gets_413(bool withLength)
    {
        var activity = BotClient.Activity("message", "huge", "zh-CN", Huge).ToJsonString();

        var status = await PostAsync("/api/messages", activity, withLength);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_activity_larger_than_256_KB_on_the_direct_line_gets_413(bool withLength)
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);

        var status = await PostAsync($"/v3/directline/conversations/{client.ConversationId}/activities",
            DirectLineClient.Message(Huge, "huge").ToJsonString(), withLength, client.Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task A_token_request_with_a_large_body_gets_413()
    {
        var status = await PostAsync("/v3/directline/tokens/generate", $$"""{"locale":"{{new string('x', 10_000)}}"}""", withLength: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    /// <summary>Writes the whole request at once, carries on if the host has closed before it was all sent, and reads the status.</summary>
    private async Task<HttpStatusCode> PostAsync(string path, string json, bool withLength, string? token = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var head = new StringBuilder($"POST {path} HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nContent-Type: application/json\r\nConnection: close\r\n");
        if (token is not null)
        {
            head.Append($"Authorization: Bearer {token}\r\n");
        }
        head.Append(withLength ? $"Content-Length: {body.Length}\r\n\r\n" : $"Transfer-Encoding: chunked\r\n\r\n{body.Length:x}\r\n");
        byte[] request = [.. Encoding.ASCII.GetBytes(head.ToString()), .. body, .. Encoding.ASCII.GetBytes(withLength ? "" : "\r\n0\r\n\r\n")];

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(request);
        }
        catch (IOException)
        {
            // The host closed early; its answer is already in the socket's receive queue.
        }
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? string.Empty;
        Assert.StartsWith("HTTP/1.1 ", statusLine);
        return (HttpStatusCode)int.Parse(statusLine.Split(' ')[1]);
    }
}
