using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Intents;
using ZoneBot.Dialogs.Liaison;
using ZoneBot.Dialogs.Localization;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Turns;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Dialogs.Volunteers;

namespace ZoneBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The conversation: texts, intents, dialogs and the bot. Storage is the host's choice.</summary>
    public static IServiceCollection AddZoneBotDialogs(this IServiceCollection services)
    {
        services.AddSingleton<ITextLocalizer, JsonTextLocalizer>();
        services.AddSingleton<PhraseIntentRecognizer>();
        services.AddSingleton<Menu>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<IdentifyFirmDialog>();
        services.AddSingleton<FindLiaisonDialog>();
        services.AddSingleton<WordLists>();
        services.AddSingleton<TicketForm>();
        services.AddSingleton<TicketSummary>();
        services.AddSingleton<TicketSubmission>();
        services.AddSingleton<FileIssueDialog>();
        services.AddSingleton<TicketActionsDialog>();
        services.AddSingleton<MyTicketsDialog>();
        services.AddSingleton<ChooseTeamDialog>();
        services.AddSingleton<VolunteerContactDialog>();
        services.AddSingleton<EmployerDialog>();
        services.AddSingleton<VolunteerSignUpDialog>();
        services.AddSingleton<DeleteMyDataDialog>();
        services.AddSingleton<MyVolunteeringDialog>();
        services.AddSingleton<MainDialog>();
        services.AddSingleton<IBot, ZoneBotActivityHandler>();
        services.AddSingleton<DuplicateActivityMiddleware>();
        return services;
    }
}
