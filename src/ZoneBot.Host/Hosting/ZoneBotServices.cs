using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using ZoneBot.Bot;
using ZoneBot.Data;
using ZoneBot.Dialogs;
using ZoneBot.Bot.Alerts;
using ZoneBot.Dialogs.Knowledge;
using ZoneBot.Domain;
using ZoneBot.Bot.State;
using ZoneBot.Host.Bot;
using ZoneBot.DirectLine;
using ZoneBot.DirectLine.Auth;
using ZoneBot.DirectLine.Turns;

namespace ZoneBot.Host.Hosting;

/// <summary>All of ZoneBot's wiring, shared by the web host and the terminal chat.</summary>
public static class ZoneBotServices
{
    public static IServiceCollection AddZoneBot(this IServiceCollection services, IConfiguration configuration)
    {
        // Settings, checked at start so a typo fails fast instead of at the first message.
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeadlineOptions>().Bind(configuration.GetSection(DeadlineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotProfile>().Bind(configuration.GetSection(BotProfile.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StateOptions>().Bind(configuration.GetSection(StateOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection(EscalationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FirmVerificationOptions>().Bind(configuration.GetSection(FirmVerificationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RelayOptions>().Bind(configuration.GetSection(RelayOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InspectionOptions>().Bind(configuration.GetSection(InspectionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        // Data: one database, migrated and seeded with the demo data at start.
        services.AddZoneBotData();
        services.AddDirectLineStorage();
        // Before the migrations: a host holds the SQLite file's shared lock so that `db restore` knows it runs.
        services.AddHostedService<DatabaseFileGuard>();
        services.AddHostedService<DatabaseStartup>();

        // The conversation, over bot state in the database: a restart (or another instance) resumes a
        // conversation mid-dialog. Old state is purged daily, after the migrations above have run.
        services.AddSingleton<IStorage, SqlStorage>();
        services.AddHostedService<StatePurge>();
        services.AddZoneBotDialogs();
        services.AddZoneBotPlumbing();
        return services;
    }

    /// <summary>
    /// The Bot Framework's HTTP side: authentication from the root settings (empty = local use), the adapter,
    /// ZoneBot's own Direct Line (a channel whose middleware the adapter runs, and which the host lends the bot), and what
    /// needs the adapter: the outbox dispatcher (proactive messages) and the deadlines watch.
    /// </summary>
    public static IServiceCollection AddBotFrameworkEndpoint(this IServiceCollection services)
    {
        // The SDK's outbound clients are reused (ReusedBotClients), so their connections are recycled by the handler
        // instead: a channel that moves to another address is found again within minutes.
        services.AddHttpClient(Options.DefaultName).ConfigurePrimaryHttpMessageHandler(
            () => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<BotFrameworkAuthentication>(provider => new ReusedBotClients(new ConfigurationBotFrameworkAuthentication(
            provider.GetRequiredService<IConfiguration>(), httpClientFactory: provider.GetRequiredService<IHttpClientFactory>())));
        services.AddDirectLine();
        services.AddSingleton<IDirectLineBot, DirectLineBot>();
        // The one ASP.NET Core scheme, the Direct Line's tokens; /api/messages is checked by the Bot Framework itself.
        services.AddAuthentication(DirectLineAuthentication.Scheme);
        services.AddHttpContextAccessor();
        services.AddSingleton<ClientAddressMiddleware>();
        services.AddSingleton<ZoneBotAdapter>();
        // Channels of our own (WeCom) run their turns through the same adapter.
        services.AddSingleton<BotAdapter>(provider => provider.GetRequiredService<ZoneBotAdapter>());
        services.AddZoneBotHealthChecks();

        // Alerts go out through the same adapter, as the bot's app id (empty for local use).
        services.AddSingleton<IAlertChannel>(provider => new BotAlertChannel(
            provider.GetRequiredService<ZoneBotAdapter>(), provider.GetRequiredService<IConfiguration>()["MicrosoftAppId"] ?? string.Empty));
        services.AddSingleton<AlertDispatcher>();
        services.AddHostedService<AlertDispatchService>();
        services.AddHostedService<EscalationService>();
        services.AddHostedService<ScheduledBackupService>();
        services.AddHostedService<RelaySweepService>();
        return services;
    }
}
