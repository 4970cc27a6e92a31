using System.Text;
using Microsoft.AspNetCore.Http;
using ZoneBot.Host.Bot;

namespace ZoneBot.Host.Tests.Bot;

/// <summary>
/// Issue 15: the body of POST /api/messages is parsed once, and the activity handed to the adapter is the one the
/// adapter would have read itself: every field, timestamps with the offset they were sent with.
/// </summary>
public sealed class ActivityRequestTests
{
    private const string Message = """
        {"type": "message", "id": "m-1", "channelId": "webchat", "serviceUrl": "https://channel.example/",
         "conversation": {"id": "c-1"}, "from": {"id": "u-1", "name": "张经理"}, "recipient": {"id": "bot"},
         "locale": "zh-CN", "text": "仓库门口的消防通道被堵了",
         "timestamp": "2026-12-02T02:15:30.123Z", "localTimestamp": "2026-12-02T10:15:30.123+08:00",
         "channelData": {"clientActivityID": "client-7"}}
        """;

    [Fact]
    public async Task The_activity_read_keeps_its_fields_and_the_senders_offset()
    {
        var check = await ActivityRequest.ReadAsync(Post(Message), CancellationToken.None);

        Assert.Null(check.Problem);
        Assert.Equal("webchat/u-1", check.Sender);
        var activity = check.Activity!;
        Assert.Equal(("message", "m-1", "c-1", "张经理", "仓库门口的消防通道被堵了"),
            (activity.Type, activity.Id, activity.Conversation.Id, activity.From.Name, activity.Text));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 10, 15, 30, 123, TimeSpan.FromHours(8)), activity.LocalTimestamp);
        Assert.Equal(TimeSpan.FromHours(8), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 2, 15, 30, 123, TimeSpan.Zero), activity.Timestamp);
    }

    [Theory]
    [InlineData("""{"type": "message", "conversation": {"id": "c-1"}, "from": {"id": "\ud800"}, "serviceUrl": "https://channel.example/"}""", "from.id")]
    [InlineData("""{"type": "\udc00", "conversation": {"id": "c-1"}, "from": {"id": "u-1"}, "serviceUrl": "https://channel.example/"}""", "no type")]
    [InlineData("""{'type': 'message', 'conversation': {'id': 'c-1'}, 'from': {'id': 'u-1'}, 'serviceUrl': 'https://channel.example/'}""", "not valid JSON")]
    public async Task An_id_that_is_half_a_character_or_json_that_is_not_strict_is_refused_with_a_reason(string body, string reason)
    {
        var check = await ActivityRequest.ReadAsync(Post(body), CancellationToken.None);

        Assert.Equal(StatusCodes.Status400BadRequest, check.StatusCode);
        Assert.Contains(reason, check.Problem);
        Assert.Null(check.Activity);
    }

    [Theory]
    [InlineData("""{"type": "message"} {"type": "message"}""")]
    [InlineData("""{"type": "message", "conversation": {"id": "c-1"}, "from": {"id": "u-1"}, "serviceUrl": "https://channel.example/"} trailing""")]
    public async Task Text_after_the_activity_is_refused_as_not_json(string body)
    {
        var check = await ActivityRequest.ReadAsync(Post(body), CancellationToken.None);

        Assert.Equal((StatusCodes.Status400BadRequest, "The body is not valid JSON."), (check.StatusCode, check.Problem));
        Assert.Null(check.Activity);
    }

    private static HttpRequest Post(string body)
    {
        var http = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = "application/json";
        http.Request.ContentLength = bytes.Length;
        http.Request.Body = new MemoryStream(bytes);
        return http.Request;
    }
}
