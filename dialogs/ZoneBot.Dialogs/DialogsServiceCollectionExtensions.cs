using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using ZoneBot.Dialogs.Alerts;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Inspections;
using ZoneBot.Dialogs.Intents;
using ZoneBot.Dialogs.Knowledge;
using ZoneBot.Dialogs.Liaison;
using ZoneBot.Dialogs.Localization;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Officers;
using ZoneBot.Dialogs.Relay;
using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Understanding;
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
        services.AddZoneBotUnderstanding();
        services.AddSingleton<SentenceIntentRecognizer>();
        services.AddSingleton<Menu>();
        services.AddSingleton<LastChoices>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<IdentifyFirmDialog>();
        services.AddSingleton<FindLiaisonDialog>();
        services.AddSingleton<WordLists>();
        services.AddSingleton<IChoiceWords, ChoiceWordLists>();
        services.AddSingleton<TicketPicker>();
        services.AddSingleton<GridReference>();
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

        // Officers: binding, 我的待办 and the closed loop from the chat.
        services.AddSingleton<BindDialog>();
        services.AddSingleton<WorkflowTexts>();
        services.AddSingleton<OfficerTicketView>();
        services.AddSingleton<AssessDialog>();
        services.AddSingleton<OfficerNoteDialog>();
        services.AddSingleton<TransferDialog>();
        services.AddSingleton<ExtensionDialog>();
        services.AddSingleton<OfficerTicketDialog>();
        services.AddSingleton<MyTasksDialog>();

        // Verified firm membership: who acts on a firm's tickets, proving membership, officers issuing firm codes.
        services.AddSingleton<FirmActors>();
        services.AddSingleton<VerifyMembershipDialog>();
        services.AddSingleton<IssueFirmCodeDialog>();

        // Alerts: their wording (a feature with alerts of its own adds an IAlertWording). Delivering them
        // (the dispatcher, the chat and webhook channels) is the bot plumbing's, in ZoneBot.Bot.
        services.AddSingleton<IAlertWording, TicketAlertWording>();
        services.AddSingleton<IAlertWording, VolunteerAlertWording>();
        services.AddSingleton<AlertRenderer>();

        // Safety first, a person when needed, answers before tickets: emergencies, complaints and reports,
        // the knowledge base, 转人工. The main dialog asks the SafetyRouter before anything else.
        services.AddSingleton<EmergencyDetector>();
        services.AddSingleton<SafetyWords>();
        services.AddSingleton<KnowledgeBase>();
        services.AddSingleton<RelayDesk>();
        services.AddSingleton<EmergencyDialog>();
        services.AddSingleton<KnowledgeAnswerDialog>();
        services.AddSingleton<RelayMissedDialog>();
        services.AddSingleton<RelayRequestDialog>();
        services.AddSingleton<SafetyRouter>();
        services.AddSingleton<IAlertWording, SafetyAlertWording>();
        services.AddSingleton<IAlertWording, RelayAlertWording>();

        // Safety inspections: 本周待检查, 检查, 复查 and 本月检查进度 for officers, 我的整改 for firms, their alerts.
        services.AddSingleton<InspectionWords>();
        services.AddSingleton<InspectionTexts>();
        services.AddSingleton<HazardDialog>();
        services.AddSingleton<InspectDialog>();
        services.AddSingleton<DueInspectionsDialog>();
        services.AddSingleton<ReviewDialog>();
        services.AddSingleton<MyRectificationsDialog>();
        services.AddSingleton<InspectionProgressReply>();
        services.AddSingleton<InspectionRouter>();
        services.AddSingleton<IAlertWording, InspectionAlertWording>();

        services.AddSingleton<MainDialog>();
        services.AddSingleton<IBot, ZoneBotActivityHandler>();
        return services;
    }
}
