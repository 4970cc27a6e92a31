using Dapper;
using ZoneBot.Bot.Alerts;

namespace ZoneBot.Host.Doctor;

/// <summary>
/// The grids' group robot URLs (Webhooks:Grids and grids.webhook_url) are well-formed https addresses of grids that
/// exist. A malformed one fails every post of that grid; a WeCom robot URL without its key is refused by WeCom.
/// </summary>
public sealed class WebhookUrlsCheck : IDoctorCheck
{
    private const string SelectStored = "SELECT number AS Number, webhook_url AS Url FROM grids WHERE webhook_url IS NOT NULL AND webhook_url <> ''";
    private const string SelectGridNumbers = "SELECT number FROM grids";

    public string Name => "webhooks";

    public async Task<CheckResult> RunAsync(DoctorContext context, CancellationToken ct)
    {
        var configured = context.Settings<WebhookOptions>(WebhookOptions.Section).Grids;
        var urls = configured
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Value))
            .Select(pair => (Where: $"Webhooks:Grids:{pair.Key}", pair.Value)).ToList();
        await using var connection = await context.OpenDatabaseAsync(ct);
        var stored = await connection.QueryAsync<StoredUrl>(new CommandDefinition(SelectStored, cancellationToken: ct));
        urls.AddRange(stored.Where(row => !configured.ContainsKey(row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(row => (Where: $"grid {row.Number}'s stored webhook_url", row.Url)));
        var numbers = (await connection.QueryAsync<long>(new CommandDefinition(SelectGridNumbers, cancellationToken: ct))).ToHashSet();

        var broken = urls.Where(url => !IsWellFormed(url.Value)).Select(url => $"{url.Where} ({url.Value})").ToList();
        if (broken.Count > 0)
        {
            return CheckResult.Fail(
                $"Malformed webhook URL(s): {string.Join("; ", broken)}.",
                "Each must be the group robot's whole https address, e.g. https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...; empty turns a grid's robot off.");
        }
        var strays = configured.Keys.Where(key => !long.TryParse(key, out var number) || !numbers.Contains(number)).ToList();
        if (strays.Count > 0)
        {
            return CheckResult.Warn(
                $"Webhooks:Grids names grid(s) that do not exist: {string.Join(", ", strays)}.",
                "Key Webhooks:Grids by grid number (\"3\" for grid 3), as `import grids` numbered them.");
        }
        return CheckResult.Ok(urls.Count == 0
            ? "No group robot configured: alerts go to the officers' chats only."
            : $"{urls.Count} group robot URL(s), all well-formed.");
    }

    /// <summary>An absolute https URL; a WeCom robot's also carries its key.</summary>
    public static bool IsWellFormed(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host)
        && (!uri.Host.Equals("qyapi.weixin.qq.com", StringComparison.OrdinalIgnoreCase) || uri.Query.Contains("key=", StringComparison.Ordinal));

    private sealed class StoredUrl
    {
        public long Number { get; init; }

        public string Url { get; init; } = string.Empty;
    }
}
