using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZoneBot.Bot.Alerts;
using ZoneBot.Bot.Turns;

namespace ZoneBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// The plumbing every host of the bot needs: the duplicate-delivery guard and the grids' group webhooks. Bot state
    /// (an IStorage), the chat channel of alerts (IAlertChannel, over the host's adapter) and the AlertDispatcher that
    /// uses it are the host's to register.
    /// </summary>
    public static IServiceCollection AddZoneBotPlumbing(this IServiceCollection services)
    {
        services.AddSingleton<DuplicateActivityMiddleware>();
        services.AddSingleton<WebhookAddresses>();
        services.AddHttpClient(WebhookChannel.ClientName).ConfigureHttpClient((provider, client) =>
            client.Timeout = TimeSpan.FromSeconds(provider.GetService<IOptions<WebhookOptions>>()?.Value.TimeoutSeconds ?? 10));
        services.AddSingleton<IWebhookChannel, WebhookChannel>();
        return services;
    }
}
