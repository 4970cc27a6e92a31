using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZoneBot.Domain;

namespace ZoneBot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database and the stores over it; <see cref="DatabaseOptions"/> and <see cref="DeadlineOptions"/> must be bound
    /// (<see cref="AlertOptions"/> and <see cref="EscalationOptions"/> take their defaults when not).
    /// </summary>
    public static IServiceCollection AddZoneBotData(this IServiceCollection services)
    {
        services.AddSingleton(provider => new Database(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddSingleton<FirmDirectory>();
        services.AddSingleton<FirmUserLinks>();
        services.AddSingleton<GridContacts>();
        services.AddSingleton<CommunityOffices>();
        services.AddSingleton<GridWebhookUrls>();
        services.AddSingleton<ProcessedActivities>();

        // Tickets: filing and the firm's follow-up for the dialogs, the register for administrators.
        services.AddSingleton(provider => new DeadlinePolicy(provider.GetRequiredService<IOptions<DeadlineOptions>>().Value));
        services.AddSingleton<TicketFiling>();
        services.AddSingleton<FirmTickets>();
        services.AddSingleton<TicketFollowUp>();
        services.AddSingleton<TicketRegister>();
        services.AddSingleton<BotStateStore>();
        services.AddSingleton<VolunteerTeams>();
        services.AddSingleton<VolunteerSignUps>();
        services.AddSingleton<VolunteerMemberships>();
        services.AddSingleton<VolunteerRoster>();

        // ZoneBot's own Direct Line: conversations, their activities, uploaded files.
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineActivities>();
        services.AddSingleton<DirectLineAttachments>();
        services.AddSingleton<TicketReport>();

        // Officers: enrolment and binding, their tickets and the closed loop, the outbox and the deadlines watch.
        services.AddSingleton<OfficerEnrolment>();
        services.AddSingleton<OfficerBinding>();
        services.AddSingleton<ChatPresence>();
        services.AddSingleton<OfficerTickets>();
        services.AddSingleton<TicketWorkflow>();
        services.AddSingleton<TicketExtensions>();
        services.AddSingleton(provider => new TicketEscalations(
            provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IOptions<EscalationOptions>>()?.Value ?? new EscalationOptions(),
            provider.GetService<Microsoft.Extensions.Logging.ILogger<TicketEscalations>>()));
        services.AddSingleton(provider => new Outbox(
            provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IOptions<AlertOptions>>()?.Value ?? new AlertOptions()));

        // 转人工: relays between a firm's chat and its liaison's (Relay section, defaults when not bound).
        services.AddSingleton(provider => new Relays(
            provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IOptions<RelayOptions>>()?.Value ?? new RelayOptions()));
        return services;
    }
}
