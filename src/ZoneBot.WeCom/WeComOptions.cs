using System.ComponentModel.DataAnnotations;
using ZoneBot.WeCom.Crypto;

namespace ZoneBot.WeCom;

/// <summary>
/// The WeCom channel (the <c>WeCom</c> section of appsettings.json): the self-built app (自建应用) whose 接收消息
/// callback points at /wecom/callback, and where the WeCom API is. Checked at start when enabled. Secret, Token and
/// EncodingAESKey are secrets: never logged (this class has no ToString that shows them).
/// </summary>
public sealed class WeComOptions : IValidatableObject
{
    public const string Section = "WeCom";

    /// <summary>Off by default: the endpoints answer 404 and nothing is sent to WeCom.</summary>
    public bool Enabled { get; set; }

    /// <summary>The corp id (企业ID, "ww..."): gettoken's corpid, and the receiver id inside every callback.</summary>
    public string CorpId { get; set; } = string.Empty;

    /// <summary>The app's AgentId: message/send sends as this app.</summary>
    public int AgentId { get; set; }

    /// <summary>The app's Secret, for gettoken.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>The callback's Token, set in the console beside the URL: part of every msg_signature.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>The callback's EncodingAESKey: 43 characters of Base64, the AES key once "=" is added.</summary>
    public string EncodingAESKey { get; set; } = string.Empty;

    /// <summary>Where the WeCom API is; tests point it at a fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://qyapi.weixin.qq.com/";

    /// <summary>How long a call to the WeCom API may take.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The most an image the user sends may weigh (WeCom's own limit for images is 10 MB).</summary>
    [Range(1024, 20 * 1024 * 1024)]
    public int MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    public Uri ApiBase => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(CorpId))
        {
            yield return Invalid("WeCom:CorpId is required when WeCom is enabled.", nameof(CorpId));
        }
        if (AgentId <= 0)
        {
            yield return Invalid("WeCom:AgentId must be the app's positive AgentId.", nameof(AgentId));
        }
        if (string.IsNullOrWhiteSpace(Secret))
        {
            yield return Invalid("WeCom:Secret is required when WeCom is enabled.", nameof(Secret));
        }
        // The console allows English letters and digits, at most 32.
        if (Token is not { Length: >= 1 and <= 32 } || !Token.All(char.IsAsciiLetterOrDigit))
        {
            yield return Invalid("WeCom:Token must be 1 to 32 letters or digits.", nameof(Token));
        }
        if (WeComMessageCrypt.DecodeKey(EncodingAESKey) is null)
        {
            yield return Invalid("WeCom:EncodingAESKey must be 43 characters of Base64 (letters and digits).", nameof(EncodingAESKey));
        }
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            yield return Invalid("WeCom:ApiBaseUrl must be an absolute http(s) URL.", nameof(ApiBaseUrl));
        }
    }

    private static ValidationResult Invalid(string message, string member) => new(message, [member]);
}
