using System.ComponentModel.DataAnnotations;

namespace ZoneBot.Dialogs.Alerts;

/// <summary>
/// Group chat robots of the grids: the <c>Webhooks</c> section of appsettings.json. A grid's URL here
/// (by grid number) wins over the one stored with the grid (grids.webhook_url); an empty one turns it off.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Webhook URLs by grid number ("3": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...").</summary>
    public Dictionary<string, string> Grids { get; set; } = [];

    [Range(1, 120)]
    public double TimeoutSeconds { get; set; } = 10;
}
