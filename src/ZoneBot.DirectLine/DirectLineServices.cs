using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ZoneBot.DirectLine.Auth;
using ZoneBot.DirectLine.Delivery;
using ZoneBot.DirectLine.Storage;
using ZoneBot.DirectLine.Turns;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace ZoneBot.DirectLine;

public static class DirectLineServices
{
    /// <summary>
    /// ZoneBot's own Direct Line: its settings (checked at start), tables, tokens and their authentication scheme, the
    /// cookie's Data Protection, the way in (<see cref="DirectLineTurns"/>) and the way out (<see cref="DirectLineDelivery"/>,
    /// a Bot Framework middleware). The host registers an <see cref="IDirectLineBot"/>, runs every registered
    /// <see cref="IMiddleware"/> in its adapter, and maps the endpoints with <c>MapDirectLine</c>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDirectLineStorage();

        services.AddSingleton<DirectLineTokens>();
        services.AddDirectLineAuthentication();
        services.AddCookieKeys();
        services.AddSingleton<DirectLineUserCookie>();

        services.AddSingleton<DirectLinePublicAddress>();
        services.AddSingleton<DirectLineTurns>();
        services.AddSingleton<IMiddleware, DirectLineDelivery>();
        return services;
    }

    /// <summary>The Direct Line's tables alone (conversations, activities, files, their purge), for the command line too.</summary>
    public static IServiceCollection AddDirectLineStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<DirectLineConversations>();
        services.TryAddSingleton<DirectLineActivities>();
        services.TryAddSingleton<DirectLineAttachments>();
        services.TryAddSingleton<DirectLinePurge>();
        return services;
    }

    /// <summary>
    /// Data Protection for the page's cookie, under one application name so that every instance reads the others'
    /// cookies; its keys in <c>DirectLine:CookieKeysFolder</c> when set (a folder every instance shares), else where
    /// ASP.NET Core keeps them by default (the service user's profile, shared by the instances of one machine).
    /// </summary>
    private static void AddCookieKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("ZoneBot");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<DirectLineOptions>, ILoggerFactory>((keys, options, logging) =>
        {
            if (options.Value.CookieKeysFolder is { Length: > 0 } folder)
            {
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), logging);
            }
        });
    }
}
