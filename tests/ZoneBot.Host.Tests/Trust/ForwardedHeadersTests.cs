using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace ZoneBot.Host.Tests.Trust;

/// <summary>
/// Issue 14, point 8: behind a configured TLS proxy the page's cookie is Secure and the rate limits count the client's
/// address; the same headers from anyone else change nothing. Webhook URLs are checked at start.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "--ForwardedHeaders:KnownProxies:0=127.0.0.1";

    [Fact]
    public async Task Behind_a_configured_tls_proxy_the_cookie_is_secure()
    {
        await using var behindProxy = await StartAsync(Proxy);
        await using var direct = await StartAsync();

        var proxied = await GenerateAsync(behindProxy.Server, forwardedFor: "203.0.113.7", proto: "https");
        var spoofed = await GenerateAsync(direct.Server, forwardedFor: "203.0.113.7", proto: "https");

        Assert.Contains("secure", CookieOf(proxied), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", CookieOf(spoofed), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_client_address_has_its_own_token_limit()
    {
        await using var running = await StartAsync(Proxy, "--RateLimits:TokensPerAddress=2");
        var server = running.Server;

        var first = await GenerateAsync(server, "203.0.113.10");
        var second = await GenerateAsync(server, "203.0.113.10");
        var third = await GenerateAsync(server, "203.0.113.10");
        var otherClient = await GenerateAsync(server, "203.0.113.11");

        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK),
            (first.StatusCode, second.StatusCode, third.StatusCode, otherClient.StatusCode));
    }

    [Theory]
    [InlineData("http://evil.example/hook")]
    [InlineData("http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")]
    [InlineData("https://qyapi.weixin.qq.com.evil.example/cgi-bin/webhook/send?key=k")]
    [InlineData("not a url")]
    public async Task A_webhook_url_that_is_not_wecoms_stops_the_host_at_start(string url)
    {
        var server = new ZoneBotServer { Settings = [$"--Webhooks:Grids:3={url}"] };

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(server.InitializeAsync);
        await server.DisposeAsync();

        Assert.Contains("Webhooks:Grids:3", refused.Message);
    }

    [Fact]
    public async Task A_wecom_webhook_url_is_taken()
    {
        await using var running = await StartAsync("--Webhooks:Grids:3=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k");

        Assert.Equal(HttpStatusCode.OK, (await running.Server.Http.GetAsync("/healthz")).StatusCode);
    }

    private static async Task<HttpResponseMessage> GenerateAsync(ZoneBotServer server, string forwardedFor, string? proto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Content = JsonContent.Create(new { locale = "zh-CN" }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }
        return await server.Http.SendAsync(request);
    }

    private static string CookieOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? string.Join("; ", cookies) : string.Empty;

    private static async Task<Running> StartAsync(params string[] settings)
    {
        var server = new ZoneBotServer { Settings = settings };
        await server.InitializeAsync();
        return new Running(server);
    }

    private sealed record Running(ZoneBotServer Server) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await Server.DisposeAsync();
    }
}
