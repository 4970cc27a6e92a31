using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZoneBot.Data.WeCom;
using ZoneBot.Bot.Alerts;
using ZoneBot.WeCom.Api;
using ZoneBot.WeCom.Callbacks;
using ZoneBot.WeCom.CustomerService;
using ZoneBot.WeCom.Delivery;

namespace ZoneBot.WeCom;

/// <summary>The WeCom channel's wiring: one AddWeCom for the services, one MapWeCom for the endpoints.</summary>
public static class WeComServices
{
    /// <summary>
    /// The WeCom settings (checked at start when enabled), its tables, the API client, the inbox that runs callbacks
    /// through the bot, and the middleware that sends a WeCom conversation's replies and alerts through the API.
    /// The host must register its <see cref="BotAdapter"/> and its <see cref="IAlertChannel"/> first, and run every registered
    /// <see cref="IMiddleware"/>.
    /// </summary>
    public static IServiceCollection AddWeCom(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeComOptions>().Bind(configuration.GetSection(WeComOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WeComReceivedMessages>();
        services.AddSingleton<WeComOfferedActions>();
        services.AddSingleton<WeComMedia>();
        services.AddSingleton<WeComKfCursors>();

        services.AddHttpClient(WeComApi.ClientName).ConfigureHttpClient((provider, client) =>
        {
            var settings = provider.GetRequiredService<IOptions<WeComOptions>>().Value;
            client.BaseAddress = settings.ApiBase;
            client.Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        });
        services.AddSingleton<WeComAccessTokens>();
        services.AddSingleton<WeComApi>();

        services.AddSingleton<WeComInbox>();
        services.AddSingleton<WeComTurns>();
        services.AddHostedService<WeComInboxService>();
        services.AddSingleton<IMiddleware, WeComDelivery>();

        // WeChat customer service (微信客服) through the same app: messages pulled with sync_msg, answered with send_msg.
        services.AddSingleton<KfChannel>();
        services.AddSingleton<KfSync>();
        services.AddHostedService(provider => provider.GetRequiredService<KfSync>());
        services.AddSingleton<IMiddleware, KfDelivery>();

        // Alerts to officers bound in WeCom: in front of the host's alert channel, which must be registered already.
        var hostChannel = services.LastOrDefault(service => service.ServiceType == typeof(IAlertChannel))
            ?? throw new InvalidOperationException("AddWeCom goes after the host's IAlertChannel is registered.");
        services.Remove(hostChannel);
        services.AddSingleton<IAlertChannel>(provider => new WeComAlertChannel(
            Resolve(provider, hostChannel), provider.GetRequiredService<WeComApi>(), provider.GetRequiredService<WeComOfferedActions>()));
        return services;
    }

    private static IAlertChannel Resolve(IServiceProvider provider, ServiceDescriptor registration) =>
        (IAlertChannel)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!));

    /// <summary>/wecom/callback (the app's callback URL) and /wecom/media/{id}; all 404 while WeCom is not enabled.</summary>
    public static IEndpointRouteBuilder MapWeCom(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(WeComChannel.BasePath);
        group.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IOptions<WeComOptions>>().Value.Enabled ? await next(context) : Results.NotFound());
        group.MapCallback();
        group.MapMedia();
        return app;
    }
}
