using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ZoneBot.WeCom.Api;

/// <summary>
/// The app's access_token, fetched with the corp id and the app's secret and shared by every call until shortly
/// before it expires (WeCom limits how often gettoken may be called, so it is not fetched per call).
/// </summary>
public sealed class WeComAccessTokens(IHttpClientFactory clients, IOptions<WeComOptions> options, TimeProvider time)
{
    /// <summary>A token is renewed this long before WeCom says it expires, so a call never carries one that just died.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _fetching = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (_current is { } current && time.GetUtcNow() < current.RenewAt)
        {
            return current.Token;
        }
        await _fetching.WaitAsync(ct);
        try
        {
            if (_current is { } fetched && time.GetUtcNow() < fetched.RenewAt)
            {
                return fetched.Token;
            }
            var settings = options.Value;
            var client = clients.CreateClient(WeComApi.ClientName);
            var url = $"cgi-bin/gettoken?corpid={Uri.EscapeDataString(settings.CorpId)}&corpsecret={Uri.EscapeDataString(settings.Secret)}";
            var answer = await client.GetFromJsonAsync<TokenAnswer>(url, ct) ?? throw new WeComApiException(-1, "gettoken answered nothing.");
            if (answer.ErrorCode != 0 || string.IsNullOrEmpty(answer.AccessToken))
            {
                throw new WeComApiException(answer.ErrorCode, $"gettoken failed: {answer.ErrorCode} {answer.ErrorMessage}");
            }
            var lifetime = TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn, 60));
            _current = (answer.AccessToken, time.GetUtcNow() + (lifetime > 2 * Margin ? lifetime - Margin : lifetime / 2));
            return answer.AccessToken;
        }
        finally
        {
            _fetching.Release();
        }
    }

    /// <summary>WeCom said the token is no longer valid: forget it, unless another call has already replaced it.</summary>
    public void Invalidate(string token)
    {
        if (_current is { } current && current.Token == token)
        {
            _current = null;
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("errcode")] int ErrorCode,
        [property: JsonPropertyName("errmsg")] string? ErrorMessage,
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
