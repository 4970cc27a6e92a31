using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ZoneBot.Host.Bot;

namespace ZoneBot.Host.Tests.Bot;

/// <summary>
/// Issue 15: a turn's HTTP answer is written without the SDK's per-response string and MemoryStream, and says exactly what
/// the SDK's <see cref="HttpHelper.WriteResponseAsync"/> said: the same status, the same JSON (only not indented).
/// </summary>
public sealed class TurnResponseTests
{
    [Fact]
    public async Task The_expected_replies_are_the_json_the_sdk_writes()
    {
        var answer = Replies(
            Reply("请选择类别：\n1. 安全生产和消防安全\n2. 企业服务", ["安全生产和消防安全", "企业服务", "其他"]),
            Reply("Ticket ZB-20261202-0042 is filed. We will call 138****1234 \"soon\" <b>not markup</b>", []));

        var (status, type, ours) = await WriteAsync(response => TurnResponse.WriteAsync(response, answer, CancellationToken.None));
        var (sdkStatus, sdkType, theirs) = await WriteAsync(response => HttpHelper.WriteResponseAsync(response, answer));

        Assert.Equal((sdkStatus, sdkType), (status, type));
        Assert.True(JToken.DeepEquals(JToken.Parse(theirs), JToken.Parse(ours)), ours);
        Assert.DoesNotContain("\n  ", ours);
        Assert.Contains("安全生产和消防安全", ours);
    }

    [Theory]
    [InlineData("")]
    [InlineData("张")]
    public async Task A_long_answer_with_characters_beyond_the_basic_plane_arrives_whole(string lead)
    {
        // 𠮷 (U+20BB7, in names) is two UTF-16 units: held in several chunks of the pooled text, one of the two texts has a
        // character split between two chunks, whatever the chunks' sizes.
        var text = lead + string.Concat(Enumerable.Repeat("𠮷", 60_000));
        var answer = Replies(Reply(text, []));

        var (status, _, body) = await WriteAsync(response => TurnResponse.WriteAsync(response, answer, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Equal(text, (string?)JToken.Parse(body)["activities"]![0]!["text"]);
    }

    [Fact]
    public async Task Without_an_answer_the_status_is_200_and_an_invoke_without_body_keeps_its_status()
    {
        var (ok, _, none) = await WriteAsync(response => TurnResponse.WriteAsync(response, null, CancellationToken.None));
        var (invoke, _, empty) = await WriteAsync(response => TurnResponse.WriteAsync(response, new InvokeResponse { Status = 501 }, CancellationToken.None));

        Assert.Equal((StatusCodes.Status200OK, ""), (ok, none));
        Assert.Equal((501, ""), (invoke, empty));
    }

    private static InvokeResponse Replies(params Activity[] replies) =>
        new() { Status = StatusCodes.Status200OK, Body = new ExpectedReplies([.. replies]) };

    private static Activity Reply(string text, string[] buttons)
    {
        var reply = MessageFactory.Text(text);
        reply.Locale = "zh-CN";
        reply.Timestamp = new DateTimeOffset(2026, 12, 2, 2, 15, 30, TimeSpan.Zero);
        if (buttons.Length > 0)
        {
            reply.SuggestedActions = new SuggestedActions { Actions = [.. buttons.Select(title => new CardAction(ActionTypes.ImBack, title, value: title))] };
        }
        return reply;
    }

    private static async Task<(int Status, string? ContentType, string Body)> WriteAsync(Func<HttpResponse, Task> write)
    {
        var context = new DefaultHttpContext();
        var body = new MemoryStream();
        context.Response.Body = body;
        await write(context.Response);
        return (context.Response.StatusCode, context.Response.ContentType, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body.ToArray()));
    }
}
