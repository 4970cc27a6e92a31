using System.Globalization;
using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Data.Zone;

namespace ZoneBot.Bot.Alerts;

/// <summary>
/// Which group webhook a grid's alerts go to: appsettings.json first, then the grid's own; null for none, and for a
/// stored URL that is not WeCom's nor on an allowed host (<see cref="WebhookOptions.Allows"/>).
/// </summary>
public sealed class WebhookAddresses(IOptions<WebhookOptions> options, GridWebhookUrls grids)
{
    public async Task<string?> ForGridAsync(long gridId, CancellationToken ct)
    {
        if (await grids.FindAsync(gridId, ct) is not { } grid)
        {
            return null;
        }
        var configured = options.Value.Grids.GetValueOrDefault(grid.Number.ToString(CultureInfo.InvariantCulture));
        var url = configured ?? grid.WebhookUrl;
        return string.IsNullOrWhiteSpace(url) || !options.Value.Allows(url.Trim()) ? null : url.Trim();
    }
}
