using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZoneBot.Domain;
using ZoneBot.Data.Alerts;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Handover;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Reports;
using ZoneBot.Data.State;
using ZoneBot.Data.Tickets;
using ZoneBot.Data.Turns;
using ZoneBot.Data.Verification;
using ZoneBot.Data.Volunteers;
using ZoneBot.Data.Zone;

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
        services.AddSingleton<TurnCommits>();

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

        // Verified firm membership: who may read a firm's tickets, the codes that prove it, the SMS that carries them.
        services.AddSingleton<FirmMembership>();
        services.AddSingleton(provider => new FirmVerification(
            provider.GetRequiredService<Database>(), provider.GetRequiredService<ISmsSender>(),
            provider.GetService<IOptions<FirmVerificationOptions>>()?.Value ?? new FirmVerificationOptions(),
            provider.GetRequiredService<TimeProvider>(), provider.GetService<Microsoft.Extensions.Logging.ILogger<FirmVerification>>()));
        services.AddSingleton<ISmsSender>(provider =>
        {
            var sms = provider.GetService<IOptions<SmsOptions>>()?.Value ?? new SmsOptions();
            return sms.Sender == SmsOptions.HttpSender
                ? new HttpSmsSender(new HttpClient { Timeout = TimeSpan.FromSeconds(sms.TimeoutSeconds) }, sms)
                : ActivatorUtilities.CreateInstance<DevelopmentSmsSender>(provider);
        });
        // 转人工: relays between a firm's chat and its liaison's (Relay section, defaults when not bound).
        services.AddSingleton(provider => new Relays(
            provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IOptions<RelayOptions>>()?.Value ?? new RelayOptions()));

        // Safety inspections (Inspections section, defaults when not bound): the plan, the officer's inspections and
        // 复查, the firm's rectifications, overdue rectifications escalated like tickets, the progress tables.
        services.AddSingleton(provider => provider.GetService<IOptions<InspectionOptions>>()?.Value ?? new InspectionOptions());
        services.AddSingleton(provider => new RectificationDeadlines(
            provider.GetRequiredService<InspectionOptions>(), provider.GetRequiredService<DeadlinePolicy>().Calendar));
        services.AddSingleton<InspectionPlanner>();
        services.AddSingleton<OfficerInspections>();
        services.AddSingleton<Rectifications>();
        services.AddSingleton<InspectionReviews>();
        services.AddSingleton<InspectionProgress>();
        services.AddSingleton(provider => new InspectionEscalations(
            provider.GetRequiredService<Database>(), provider.GetRequiredService<TimeProvider>(),
            provider.GetService<IOptions<EscalationOptions>>()?.Value ?? new EscalationOptions(),
            provider.GetService<Microsoft.Extensions.Logging.ILogger<InspectionEscalations>>()));
        return services;
    }
}
