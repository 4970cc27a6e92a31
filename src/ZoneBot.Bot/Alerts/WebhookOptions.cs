using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Bot.Alerts;

/// <summary>
/// Group chat robots of the grids: the <c>Webhooks</c> section of appsettings.json. A grid's URL here
/// (by grid number) wins over the one stored with the grid (grids.webhook_url); an empty one turns it off.
/// Every URL must be WeCom's (https://qyapi.weixin.qq.com/...) or on a host named in <see cref="AllowedHosts"/>,
/// checked at start: alerts carry firms' names and problems, and must not go anywhere a typo or an import says.
/// </summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string Section = "Webhooks";

    /// <summary>WeCom's group robot API: the one host allowed without being named.</summary>
    public const string WeComHost = "qyapi.weixin.qq.com";

    /// <summary>Webhook URLs by grid number ("3": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...").</summary>
    public Dictionary<string, string> Grids { get; set; } = [];

    /// <summary>Other hosts a webhook may post to (a relay inside the government network, a local fake in tests), http or https.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    [Range(1, 120)]
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Whether alerts may be posted to <paramref name="url"/>.</summary>
    public bool Allows(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps && string.Equals(uri.Host, WeComHost, StringComparison.OrdinalIgnoreCase)
            || uri.Scheme is "http" or "https" && AllowedHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (grid, url) in Grids)
        {
            if (!string.IsNullOrWhiteSpace(url) && !Allows(url.Trim()))
            {
                yield return new ValidationResult(
                    $"Webhooks:Grids:{grid} must be https://{WeComHost}/... or on a host in Webhooks:AllowedHosts.", [nameof(Grids)]);
            }
        }
    }
}
