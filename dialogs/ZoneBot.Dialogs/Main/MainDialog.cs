using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Inspections;
using ZoneBot.Dialogs.Intents;
using ZoneBot.Dialogs.Liaison;
using ZoneBot.Dialogs.Officers;
using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Dialogs.Understanding;
using ZoneBot.Domain;
using ZoneBot.Dialogs.Volunteers;

namespace ZoneBot.Dialogs.Main;

/// <summary>
/// The root of every conversation: reads what the user wants and starts that flow.
/// Cancel, help and restart are handled once, here, for every flow below it (InterruptibleDialog).
/// </summary>
public sealed class MainDialog : InterruptibleDialog
{
    private readonly ITextLocalizer _texts;
    private readonly PhraseIntentRecognizer _intents;
    private readonly Menu _menu;
    private readonly BotProfile _profile;
    private readonly FirmUserLinks _links;
    private readonly FirmDirectory _firms;
    private readonly WordLists _words;
    private readonly SafetyRouter _safety;
    private readonly SentenceIntentRecognizer _sentences;
    private readonly LastChoices _lastChoices;
    private readonly InspectionRouter _inspections;

    public MainDialog(
        ITextLocalizer texts,
        PhraseIntentRecognizer intents,
        Menu menu,
        ConversationStore conversationState,
        IOptions<BotProfile> profile,
        FirmUserLinks links,
        FirmDirectory firms,
        SentenceIntentRecognizer sentences,
        LastChoices lastChoices,
        FindLiaisonDialog findLiaison,
        FileIssueDialog fileIssue,
        MyTicketsDialog myTickets,
        VolunteerSignUpDialog volunteerSignUp,
        MyVolunteeringDialog myVolunteering,
        DeleteMyDataDialog deleteMyData,
        MyTasksDialog myTasks,
        BindDialog bind,
        IssueFirmCodeDialog issueFirmCode,
        WordLists words,
        SafetyRouter safety,
        InspectionRouter inspections)
        : base(nameof(MainDialog), texts, conversationState)
    {
        _texts = texts;
        _intents = intents;
        _menu = menu;
        _profile = profile.Value;
        _links = links;
        _firms = firms;
        _words = words;
        _sentences = sentences;
        _lastChoices = lastChoices;
        AddDialog(findLiaison);
        AddDialog(fileIssue);
        AddDialog(myTickets);
        AddDialog(volunteerSignUp);
        AddDialog(myVolunteering);
        AddDialog(deleteMyData);
        AddDialog(myTasks);
        AddDialog(bind);
        AddDialog(issueFirmCode);
        _safety = safety;
        foreach (var dialog in safety.Dialogs)
        {
            AddDialog(dialog);
        }
        _inspections = inspections;
        foreach (var dialog in inspections.Dialogs)
        {
            AddDialog(dialog);
        }
        AddDialog(new WaterfallDialog("main", [RouteStepAsync, FinishStepAsync]));
        InitialDialogId = "main";
    }

    /// <summary>The greeting with the menu, for a new member of the conversation.</summary>
    public Task GreetAsync(ITurnContext turn, CancellationToken ct)
    {
        var locale = Locales.Resolve(turn.Activity.Locale);
        var text = _texts.Get(locale, "menu.greeting", _profile.DisplayName, _profile.ZoneName);
        return turn.SendActivityAsync(_menu.Create(turn, text), ct);
    }

    /// <summary>The menu again, after a flow was left.</summary>
    public Task ShowMenuAsync(ITurnContext turn, CancellationToken ct)
    {
        var locale = Locales.Resolve(turn.Activity.Locale);
        return turn.SendActivityAsync(_menu.Create(turn, _texts.Get(locale, "menu.prompt")), ct);
    }

    private async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var turn = step.Context;
        var locale = Locales.Resolve(turn.Activity.Locale);
        // An officer's action typed with a ticket number ("研判 ZB-… 属实，今天下午去现场") starts that action on it.
        if (OfficerOnTurn.Get(turn) is not null
            && OfficerCommand.Parse(turn.Activity.Text, _words, locale) is { Number: { } number, Action: { } action })
        {
            return await step.BeginDialogAsync(nameof(MyTasksDialog), new OfficerTicketOpening { Number = number, Action = action }, ct);
        }
        // A ticket number on its own opens that ticket: an officer's view for an officer, the firm's for anyone else.
        if (TicketNumber.TryParse(turn.Activity.Text, out _, out _))
        {
            var view = OfficerOnTurn.Get(turn) is null ? nameof(MyTicketsDialog) : nameof(MyTasksDialog);
            return await step.BeginDialogAsync(view, turn.Activity.Text, ct);
        }
        // The safety inspections: 本周待检查, 检查 永盛灯具, 复查, 本月检查进度, 我的整改.
        if (await _inspections.RouteAsync(step, ct) is { } inspection)
        {
            return inspection;
        }
        var text = turn.Activity.Text;
        var photos = PhotoPrompt.PhotosOf(turn.Activity);
        // A photo, or a sentence that tells of a problem ("路灯不亮了"), starts 报事 and is kept for it.
        var intent = await _sentences.RouteAsync(text, locale, photos.Count > 0, ct);
        // "3" or "第二个": the option of the list last shown (the menu, most often).
        if (intent == Intent.None && await _lastChoices.PickAsync(turn, ct) is { } picked)
        {
            (text, intent) = (picked, _intents.Recognize(picked, locale));
        }
        TurnTags.SetIntent(intent.ToString());
        // Emergencies, 转人工, complaints, reports and the knowledge base come before the intents.
        if (await _safety.RouteAsync(step, intent, ct) is { } safety)
        {
            return safety;
        }
        switch (intent)
        {
            case Intent.FileIssue:
                return await step.BeginDialogAsync(nameof(FileIssueDialog), new FileIssueStart { Message = text, Photos = photos }, ct);
            case Intent.Thanks or Intent.Goodbye or Intent.Acknowledge:
                await turn.SendActivityAsync(_texts.Get(locale, "main.courtesy." + intent), cancellationToken: ct);
                break;
            case Intent.MyTickets:
                return await step.BeginDialogAsync(nameof(MyTicketsDialog), cancellationToken: ct);
            case Intent.Menu:
                await ShowMenuAsync(turn, ct);
                break;
            case Intent.Help:
                var help = _texts.Get(locale, "main.help") + (OfficerOnTurn.Get(turn) is null ? string.Empty : "\n" + _texts.Get(locale, "main.help.officer"));
                await turn.SendActivityAsync(_menu.Create(turn, help), ct);
                break;
            case Intent.FindLiaison:
                return await step.BeginDialogAsync(nameof(FindLiaisonDialog), text, ct);
            case Intent.Volunteer:
                return await step.BeginDialogAsync(nameof(VolunteerSignUpDialog), text, ct);
            case Intent.MyVolunteering:
                return await step.BeginDialogAsync(nameof(MyVolunteeringDialog), text, ct);
            case Intent.DeleteMyData:
                return await step.BeginDialogAsync(nameof(DeleteMyDataDialog), null, ct);
            case Intent.ChangeFirm:
                await ChangeFirmAsync(turn, locale, ct);
                break;
            case Intent.MyTasks:
                return await step.BeginDialogAsync(nameof(MyTasksDialog), cancellationToken: ct);
            case Intent.Bind:
                return await step.BeginDialogAsync(nameof(BindDialog), text, ct);
            // An officer issues a firm's membership code; anyone else who speaks of codes wants to verify, which 查询工单 offers.
            case Intent.FirmCode when OfficerOnTurn.Get(turn) is not null:
                return await step.BeginDialogAsync(nameof(IssueFirmCodeDialog), text, ct);
            case Intent.FirmCode or Intent.VerifyMembership:
                return await step.BeginDialogAsync(nameof(MyTicketsDialog), cancellationToken: ct);
            default:
                var answer = IsInterruption(turn, Interruption.Cancel) ? "dialog.nothingToCancel" : "main.notUnderstood";
                await turn.SendActivityAsync(_texts.Get(locale, answer), cancellationToken: ct);
                await ShowMenuAsync(turn, ct);
                break;
        }
        return await step.EndDialogAsync(cancellationToken: ct);
    }

    /// <summary>更换企业: forget the firm this user speaks for; the next flow that needs one asks again.</summary>
    private async Task ChangeFirmAsync(ITurnContext turn, string locale, CancellationToken ct)
    {
        var user = ChatUser.Of(turn);
        var firmId = await _links.FindFirmIdAsync(user.ChannelId, user.UserId, ct);
        var firm = firmId is null ? null : await _firms.FindByIdAsync(firmId.Value, ct);
        await _links.UnlinkAsync(user.ChannelId, user.UserId, ct);
        var text = firm is null ? _texts.Get(locale, "firm.notLinked") : _texts.Get(locale, "firm.changed", firm.Name);
        await turn.SendActivityAsync(_menu.Create(turn, text), ct);
    }

    /// <summary>At any step of any flow: an emergency first, then the relay (see <see cref="SafetyRouter"/>).</summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        await _safety.InterruptAsync(innerDc, cancellationToken) ?? await base.OnContinueDialogAsync(innerDc, cancellationToken);

    private static Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.EndDialogAsync(step.Result, ct);

}
