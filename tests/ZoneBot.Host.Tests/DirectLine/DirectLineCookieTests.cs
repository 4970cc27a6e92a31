using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ZoneBot.Host.Tests.DirectLine;

/// <summary>
/// The page's user cookie, protected by ASP.NET Core Data Protection: a tampered one is worth nothing (the browser is a
/// new user and cannot claim the conversation), and instances that share the key folder read each other's.
/// </summary>
public sealed class DirectLineCookieTests(ZoneBotServer server) : IClassFixture<ZoneBotServer>
{
    [Fact]
    public async Task A_tampered_cookie_is_rejected_and_cannot_claim_the_conversation()
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = server.BaseAddress };
        var (cookie, first) = await GenerateAsync(http, null, new { locale = "zh-CN" });
        var conversationId = (string)first["conversationId"]!;
        var tampered = cookie[..^6] + (cookie[^6] == 'A' ? 'B' : 'A') + cookie[^5..];

        var taken = await SendAsync(http, tampered, new { conversationId });
        var (_, mine) = await GenerateAsync(http, cookie, new { conversationId });
        var (_, fresh) = await GenerateAsync(http, tampered, new { locale = "zh-CN" });

        Assert.Equal(HttpStatusCode.Forbidden, taken.StatusCode);
        Assert.Equal(UserOf(first), UserOf(mine));
        Assert.NotEqual(UserOf(first), UserOf(fresh));
    }

    [Fact]
    public async Task Instances_sharing_the_cookie_key_folder_know_the_same_browser_and_others_do_not()
    {
        var shared = Path.Combine(Path.GetTempPath(), "zonebot-keys-" + Guid.NewGuid().ToString("N"));
        var other = Path.Combine(Path.GetTempPath(), "zonebot-keys-" + Guid.NewGuid().ToString("N"));
        var a = new ZoneBotServer { Settings = [$"--DirectLine:CookieKeysFolder={shared}"] };
        var b = new ZoneBotServer { Settings = [$"--DirectLine:CookieKeysFolder={shared}"] };
        var c = new ZoneBotServer { Settings = [$"--DirectLine:CookieKeysFolder={other}"] };
        try
        {
            await a.InitializeAsync();
            var (cookie, atA) = await GenerateAsync(a.Http, null, new { locale = "zh-CN" });
            await b.InitializeAsync();
            await c.InitializeAsync();

            var (_, atB) = await GenerateAsync(b.Http, cookie, new { locale = "zh-CN" });
            var (_, atC) = await GenerateAsync(c.Http, cookie, new { locale = "zh-CN" });

            Assert.Equal(UserOf(atA), UserOf(atB));
            Assert.NotEqual(UserOf(atA), UserOf(atC));
            Assert.NotEmpty(Directory.GetFiles(shared, "key-*.xml"));
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
            await c.DisposeAsync();
            foreach (var folder in new[] { shared, other })
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    private static async Task<(string Cookie, JsonObject Answer)> GenerateAsync(HttpClient http, string? cookie, object body)
    {
        var response = await SendAsync(http, cookie, body);
        response.EnsureSuccessStatusCode();
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("zonebot_dl_user=", StringComparison.Ordinal));
        return (setCookie["zonebot_dl_user=".Length..setCookie.IndexOf(';')], (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string? cookie, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Content = JsonContent.Create(body) };
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", "zonebot_dl_user=" + cookie);
        }
        return http.SendAsync(request);
    }

    private static string UserOf(JsonObject answer) => (string)DirectLineClient.ClaimsOf((string)answer["token"]!)["user"]!;
}
