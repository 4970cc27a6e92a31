using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ZoneBot.WeCom.Api;
using ZoneBot.WeCom.Tests.Fake;

namespace ZoneBot.WeCom.Tests.Api;

/// <summary>The API client against the fake WeCom: the token's cache and renewal, and error codes.</summary>
public sealed class WeComApiTests : IAsyncLifetime
{
    private readonly FakeWeCom _wecom = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;
    private WeComApi _api = null!;

    public async Task InitializeAsync()
    {
        await _wecom.InitializeAsync();
        var options = Options.Create(new WeComOptions
        {
            Enabled = true, CorpId = FakeWeCom.CorpId, AgentId = FakeWeCom.AgentId, Secret = FakeWeCom.Secret, ApiBaseUrl = _wecom.BaseAddress.ToString(),
        });
        var services = new ServiceCollection();
        services.AddHttpClient(WeComApi.ClientName).ConfigureHttpClient(client => client.BaseAddress = options.Value.ApiBase);
        _services = services.BuildServiceProvider();
        var factory = _services.GetRequiredService<IHttpClientFactory>();
        _api = new WeComApi(factory, new WeComAccessTokens(factory, options, _time), options);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _wecom.DisposeAsync();
    }

    [Fact]
    public async Task One_token_serves_every_call_until_shortly_before_it_expires()
    {
        await _api.SendTextAsync("u1", "第一条", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(110));
        await _api.SendTextAsync("u1", "第二条", CancellationToken.None);
        Assert.Equal(1, _wecom.TokensIssued);

        // 7200 s minus the margin: at 116 minutes the token is renewed before WeCom would refuse it.
        _time.Advance(TimeSpan.FromMinutes(6));
        await _api.SendTextAsync("u1", "第三条", CancellationToken.None);

        Assert.Equal(2, _wecom.TokensIssued);
        Assert.Equal(["第一条", "第二条", "第三条"], _wecom.Sent.Select(message => message.Content));
    }

    [Fact]
    public async Task An_expired_token_is_renewed_once_and_the_message_sent_once()
    {
        await _api.SendTextAsync("u1", "之前", CancellationToken.None);
        _wecom.ExpireTokens();

        await _api.SendTextAsync("u1", "之后", CancellationToken.None);

        Assert.Equal(2, _wecom.TokensIssued);
        Assert.Single(_wecom.Sent, message => message.Content == "之后");
    }

    [Fact]
    public async Task A_rate_limit_is_an_error_the_caller_sees()
    {
        _wecom.RateLimitNext(1);

        var error = await Assert.ThrowsAsync<WeComApiException>(() => _api.SendTextAsync("u1", "太快了", CancellationToken.None));

        Assert.Equal(WeComErrorCodes.RateLimited, error.ErrorCode);
        Assert.Empty(_wecom.Sent);
        await _api.SendTextAsync("u1", "再来", CancellationToken.None);
        Assert.Single(_wecom.Sent);
    }

    [Fact]
    public async Task Media_comes_back_with_its_content_type_and_an_unknown_id_is_an_error()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var id = _wecom.AddMedia("image/png", png);

        var download = await _api.GetMediaAsync(id, CancellationToken.None);
        var error = await Assert.ThrowsAsync<WeComApiException>(() => _api.GetMediaAsync("no-such-media", CancellationToken.None));

        Assert.Equal("image/png", download.ContentType);
        Assert.Equal(png, download.Content);
        Assert.Equal(40007, error.ErrorCode);
    }

    [Fact]
    public async Task Wrong_credentials_are_an_error_that_names_no_secret()
    {
        var options = Options.Create(new WeComOptions { Enabled = true, CorpId = FakeWeCom.CorpId, AgentId = 1, Secret = "wrong-secret-value", ApiBaseUrl = _wecom.BaseAddress.ToString() });
        var factory = _services.GetRequiredService<IHttpClientFactory>();
        var api = new WeComApi(factory, new WeComAccessTokens(factory, options, _time), options);

        var error = await Assert.ThrowsAsync<WeComApiException>(() => api.SendTextAsync("u1", "x", CancellationToken.None));

        Assert.Equal(40001, error.ErrorCode);
        Assert.DoesNotContain("wrong-secret-value", error.Message);
    }
}
