using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ZoneBot.Host.Tests.DirectLine;

/// <summary>Files sent as Direct Line uploads: kept by the server, handed to the bot as attachments it keeps as references.</summary>
public sealed class DirectLineUploadTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_photo_uploaded_at_the_photo_step_is_kept_with_the_ticket_draft_and_served_back()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        foreach (var answer in new[] { "报事", "华信电器", "是", "安全生产和消防安全", "仓库门口的消防通道被货物堵住两天了", "3号车间东侧", "一般" })
        {
            await client.SayAsync(answer);
        }
        Assert.Contains("照片", await client.BotSaidAsync());

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=r_webchat",
            content: Upload(("现场.png", "image/png", Png)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = await client.ReadNewAsync();
        var message = activities[0];
        Assert.Equal((string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"], (string?)message["id"]);
        var attachment = message["attachments"]![0]!;
        Assert.Equal(("现场.png", "image/png"), ((string?)attachment["name"], (string?)attachment["contentType"]));
        Assert.Contains("联系人怎么称呼", string.Join("\n", activities.Skip(1).Select(activity => (string?)activity["text"])));

        var photo = await new HttpClient().GetAsync((string)attachment["contentUrl"]!);
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await photo.Content.ReadAsByteArrayAsync());

        await client.SayAsync("张经理");
        await client.SayAsync("13805741234");
        await client.SayAsync("跳过");
        Assert.Contains("照片：1张", await client.BotSaidAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_only_ever_downloaded()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload",
            content: Upload(("page.html", "text/html", Encoding.UTF8.GetBytes("<script>alert(1)</script>"))));
        response.EnsureSuccessStatusCode();
        var url = (string)(await client.ReadNewAsync())[1]["attachments"]![0]!["contentUrl"]!;
        var file = await server.Http.GetAsync(url);

        Assert.Equal("application/octet-stream", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("sandbox", file.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_link_to_somewhere_else_posted_as_an_attachment_is_dropped()
    {
        using var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        var message = DirectLineClient.Message("看图", "link-1");
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "http://example.invalid/x.png" });

        (await client.PostActivityAsync(message)).EnsureSuccessStatusCode();
        var echo = (await client.ReadNewAsync())[1];

        Assert.Empty(echo["attachments"]?.AsArray() ?? []);
    }

    [Fact]
    public async Task An_upload_into_another_conversation_gets_403_and_an_unknown_file_404()
    {
        using var alice = await DirectLineClient.ConnectAsync(server.BaseAddress);
        using var mallory = await DirectLineClient.ConnectAsync(server.BaseAddress);

        var upload = await mallory.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{alice.ConversationId}/upload",
            content: Upload(("x.png", "image/png", Png)));
        var unknown = await server.Http.GetAsync("/v3/directline/attachments/" + new string('0', 48));

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>The form botframework-directlinejs sends: the activity as the part "activity", each file as a part "file".</summary>
    public static MultipartFormDataContent Upload(params (string Name, string ContentType, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"r_webchat","role":"user"},"locale":"zh-CN","channelData":{"clientActivityID":"up-1"}}""");
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        foreach (var (name, contentType, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, "file", name);
        }
        return form;
    }
}
