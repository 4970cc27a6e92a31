using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using ZoneBot.Host.Tests.DirectLine;

namespace ZoneBot.Host.Tests.Trust;

/// <summary>
/// Issue 14, points 6 and 8: every malformed activity gets a 4xx with a short reason as ProblemDetails, on
/// /api/messages and on the Direct Line, where it used to get a 500; ids have a length limit; a slow body gets 408.
/// </summary>
public sealed class MalformedActivityTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    public static TheoryData<string, string> Malformations => new()
    {
        { "from null", """{"from": null}""" },
        { "no serviceUrl", """{"serviceUrl": "<remove>"}""" },
        { "serviceUrl null", """{"serviceUrl": null}""" },
        { "attachments [null]", """{"attachments": [null]}""" },
        { "clientActivityID as an object", """{"channelData": {"clientActivityID": {"a": 1}}}""" },
        { "conversation id of 100 KB", $$$"""{"conversation": {"id": "{{{new string('c', 100_000)}}}"}}""" },
        { "activity id of 1 KB", $$"""{"id": "{{new string('a', 1_000)}}"}""" },
        { "user id of 1 KB", $$$"""{"from": {"id": "{{{new string('u', 1_000)}}}"}}""" },
        { "text as an object", """{"text": {"evil": true}}""" },
        { "timestamp not a date", """{"timestamp": "yesterday at noon"}""" },
        { "recipient as a number", """{"recipient": 42}""" },
        { "suggestedActions as a list", """{"suggestedActions": [1, 2]}""" },
        { "type a number", """{"type": 7}""" },
    };

    [Theory]
    [MemberData(nameof(Malformations))]
    public async Task A_malformed_activity_on_api_messages_gets_400_with_a_reason(string what, string change)
    {
        var activity = BotClient.Activity("message", "malformed-" + what.Replace(' ', '-')[..Math.Min(what.Length, 20)], "zh-CN", "你好");
        foreach (var (name, value) in JsonNode.Parse(change)!.AsObject().ToList())
        {
            if ((string?)(value as JsonValue)?.ToString() == "<remove>")
            {
                activity.Remove(name);
            }
            else
            {
                activity[name] = value?.DeepClone();
            }
        }

        var response = await server.Http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"type": "message", "text": "你好", "attachments": [null]}""")]
    [InlineData("""{"type": "message", "text": "你好", "channelData": {"clientActivityID": {"a": 1}}}""")]
    [InlineData("""{"type": "message", "text": "你好", "from": null, "channelData": {"clientActivityID": ["x"]}}""")]
    [InlineData("""{"type": "message", "text": {"evil": true}}""")]
    [InlineData("""{"type": "message", "text": "你好", "attachments": [{"contentType": "image/png", "contentUrl": 42}]}""")]
    public async Task A_malformed_activity_on_the_direct_line_gets_400_with_a_reason(string body)
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities",
            content: new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("BadArgument", (string?)problem["error"]?["code"]);
    }

    [Fact]
    public async Task A_direct_line_message_with_from_null_is_taken_as_the_tokens_user()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);

        var response = await client.PostActivityAsync(new JsonObject { ["type"] = "message", ["text"] = "帮助", ["from"] = null });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_trickles_in_gets_408()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = socket.GetStream();
        var head = $"POST /api/messages HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{{";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // Kestrel's default minimum is 240 bytes a second after a grace of 5 s; send a byte a second.
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var reading = stream.ReadAsync(buffer, deadline.Token).AsTask();
        while (!reading.IsCompleted && !deadline.IsCancellationRequested)
        {
            try
            {
                await stream.WriteAsync(" "u8.ToArray(), deadline.Token);
            }
            catch (IOException)
            {
                break;
            }
            await Task.WhenAny(reading, Task.Delay(1000));
        }
        answer.Append(Encoding.ASCII.GetString(buffer, 0, await reading));

        Assert.StartsWith("HTTP/1.1 408", answer.ToString());
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((int)expected, (int?)problem["status"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]), "a short reason is given");
        return problem;
    }
}
