using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ZoneBot.Host.Tests.DirectLine;

namespace ZoneBot.Host.Tests.Trust;

/// <summary>
/// Issue 14, point 5: a spoofed Host header cannot plant a foreign photo URL. Our own files' URLs are built on the
/// configured public address (here: the address the host listens on), never on the request's Host.
/// </summary>
public sealed class AttachmentUrlTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_attachment_at_the_spoofed_host_is_not_kept_as_the_tickets_photo()
    {
        using var client = await AtThePhotoStepAsync();

        var planted = DirectLineClient.Message("照片", Guid.NewGuid().ToString("N"));
        planted["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "image/png",
            ["contentUrl"] = "http://evil.example/v3/directline/attachments/x",
        });
        var response = await SendAsEvilAsync(client, $"/v3/directline/conversations/{client.ConversationId}/activities", JsonContent.Create(planted));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await client.ReadNewAsync();
        var logged = after.First(activity => (string?)activity["from"]?["role"] == "user");
        Assert.True(logged["attachments"] is null || logged["attachments"]!.AsArray().Count == 0, "the foreign URL reached the bot");
        Assert.Contains("没有收到照片", string.Join("\n", after.Select(activity => (string?)activity["text"])));
        await client.SayAsync("没有");
        await client.SayAsync("张经理");
        await client.SayAsync("13805741234");
        await client.SayAsync("跳过");
        var summary = await client.BotSaidAsync();
        Assert.Contains("张经理", summary);
        Assert.DoesNotContain("照片：1张", summary);
    }

    [Fact]
    public async Task An_upload_with_a_spoofed_host_gets_a_url_on_our_own_address()
    {
        using var client = await AtThePhotoStepAsync();

        var response = await SendAsEvilAsync(client, $"/v3/directline/conversations/{client.ConversationId}/upload",
            DirectLineUploadTests.Upload(("现场.png", "image/png", Png)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await client.ReadNewAsync()).First(activity => (string?)activity["from"]?["role"] == "user");
        var url = (string)message["attachments"]![0]!["contentUrl"]!;
        Assert.StartsWith(new Uri(server.BaseAddress, "/v3/directline/attachments/").ToString(), url);
        Assert.DoesNotContain("evil.example", url);
        Assert.DoesNotContain("evil.example", (string?)message["serviceUrl"] ?? string.Empty);
    }

    private async Task<DirectLineClient> AtThePhotoStepAsync()
    {
        var client = await DirectLineClient.ConnectAsync(server.BaseAddress);
        foreach (var answer in new[] { "报事", "华信电器", "是", "安全生产和消防安全", "仓库门口的消防通道被货物堵住两天了", "3号车间东侧", "一般" })
        {
            await client.SayAsync(answer);
        }
        Assert.Contains("照片", await client.BotSaidAsync());
        return client;
    }

    private async Task<HttpResponseMessage> SendAsEvilAsync(DirectLineClient client, string path, HttpContent content)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Host = "evil.example";
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        return await http.SendAsync(request);
    }
}
