using ZoneBot.Data;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// One ticket for its officer: the ticket and its history, then the moves its stage allows
/// (<see cref="ClosedLoop"/>): 研判, 反馈, 处理完成, 回头看, 办结, 转派, 申请延期, and for the secretary or an
/// administrator 批准/驳回 of a waiting extension. After each move the officer stays on the ticket, its next
/// moves offered with 我的待办 beside them. Begin it with the ticket number or an <see cref="OfficerTicketOpening"/>.
/// A ticket the officer may not act on is "not found", as a number that does not exist.
/// </summary>
public sealed class OfficerTicketDialog : ComponentDialog
{
    private const string Steps = "officerTicket.steps";
    private const string ActionPrompt = "officerTicket.action";
    private const string Approve = "approve";
    private const string Refuse = "refuse";
    private const string Done = "done";
    private const string Tasks = "tasks";

    /// <summary>What the dialog ends with when the officer asks for 我的待办: the caller lists them.</summary>
    public const string ShowTasks = "officerTicket.showTasks";

    private readonly ITextLocalizer _texts;
    private readonly ChatPresence _presence;
    private readonly OfficerTickets _tickets;
    private readonly OfficerTicketView _view;
    private readonly TicketWorkflow _workflow;
    private readonly TicketExtensions _extensions;
    private readonly WorkflowTexts _problems;
    private readonly Menu _menu;
    private readonly TimeProvider _time;
    private readonly WordLists _words;

    public OfficerTicketDialog(
        ITextLocalizer texts, ChatPresence presence, OfficerTickets tickets, OfficerTicketView view, TicketWorkflow workflow, TicketExtensions extensions,
        WorkflowTexts problems, Menu menu, TimeProvider time, WordLists words, AssessDialog assess, OfficerNoteDialog note, TransferDialog transfer, ExtensionDialog extension)
        : base(nameof(OfficerTicketDialog))
    {
        (_texts, _presence, _tickets, _view, _workflow, _extensions, _problems, _menu, _time, _words) =
            (texts, presence, tickets, view, workflow, extensions, problems, menu, time, words);
        AddDialog(assess);
        AddDialog(note);
        AddDialog(transfer);
        AddDialog(extension);
        AddDialog(new TicketActionPrompt(ActionPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [ShowStepAsync, ActStepAsync, FinishStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var opening = step.Options is string typed ? new OfficerTicketOpening { Number = typed } : StateValues.To<OfficerTicketOpening>(step.Options)!;
        var number = opening.Number.Trim();
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        var officer = await _presence.OfficerAsync(user.ChannelId, user.UserId, ct);
        var view = officer is null ? null : await _tickets.FindAsync(officer, number, ct);
        if (officer is null || view is null)
        {
            // After 转派 the ticket is another grid's: the answer says so, and the menu offers 我的待办.
            var answer = opening.Lead ?? _texts.Get(locale, "officerTicket.notFound", number);
            await step.Context.SendActivityAsync(_menu.Create(step.Context, answer), ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }

        var ticket = view.Details.Ticket;
        step.Values["ticket"] = new OfficerTicketReference
        {
            Number = ticket.Number, OfficerId = officer.Id, Category = ticket.Category.Code, Urgency = ticket.Urgency.Code, GridNumber = view.GridNumber,
        };
        step.Values["days"] = view.Extension?.Days ?? 0;
        var offered = Offered(officer, view).ToList();
        step.Values["offered"] = offered;
        var lead = opening.Lead;
        if (opening.Action is { } action)
        {
            if (offered.IndexOf(action) is >= 0 and var index)
            {
                return await step.NextAsync(new FoundChoice { Value = action, Index = index }, ct);
            }
            lead = _problems.Problem(new WorkflowResult(WorkflowOutcome.NotAllowed, ticket.Number, ticket.Stage), ticket.Number, locale);
        }
        var moves = _texts.Get(locale, offered.Count > 2 ? "officerTicket.prompt" : "officerTicket.prompt.none");
        var text = opening.Lead is null
            ? (lead is null ? string.Empty : lead + "\n") + _view.Describe(view, locale, _time.GetUtcNow()) + "\n" + moves
            : lead + "\n" + _texts.Get(locale, "officerTicket.next", ticket.Number, _texts.Get(locale, "stage." + ticket.Stage.Code)) + moves;
        return await step.PromptAsync(ActionPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(text),
            Choices = [.. offered.Select(code => new Choice(_texts.Get(locale, "officerTicket.action." + code)))],
            HelpText = _texts.Get(locale, "officerTicket.prompt.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var reference = step.GetValue<OfficerTicketReference>("ticket")!;
        var picked = (FoundChoice)step.Result!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var typed = OfficerCommand.Parse(step.Context.Activity.Text, _words, locale);
        if (picked.Index == TicketActionPrompt.OtherTicket)
        {
            return await step.ReplaceDialogAsync(Steps, new OfficerTicketOpening { Number = picked.Value, Action = typed.Action }, ct);
        }
        var action = step.GetValue<List<string>>("offered")![picked.Index];
        // Words typed with the action word ("反馈 已安排明天上门") are its note: nothing is asked.
        reference.Note = typed.Action == action ? typed.Note : null;
        switch (action)
        {
            case Done:
                await step.Context.SendActivityAsync(_menu.Create(step.Context, _texts.Get(locale, "menu.prompt")), ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            case Tasks:
                return await step.EndDialogAsync(ShowTasks, ct);
            case Approve or Refuse:
                var days = step.GetValue<int>("days");
                var note = _texts.Get(locale, "officer.extension.note." + action, days);
                var decided = await _extensions.DecideAsync(reference.OfficerId, reference.Number, action == Approve, note, ct);
                return await step.NextAsync(_problems.Problem(decided, reference.Number, locale)
                    ?? _texts.Get(locale, "officer.extension." + action + "d", reference.Number, days, Tickets.ZoneDates.Format(decided.HandleDueAt!.Value, locale)), ct);
        }

        switch (OfficerAction.FromCode(action))
        {
            case OfficerAction.Assess:
                return await step.BeginDialogAsync(nameof(AssessDialog), reference, ct);
            case OfficerAction.Transfer:
                return await step.BeginDialogAsync(nameof(TransferDialog), reference, ct);
            case OfficerAction.RequestExtension:
                return await step.BeginDialogAsync(nameof(ExtensionDialog), reference, ct);
            case OfficerAction.Close:
                var closed = await _workflow.CloseAsync(reference.OfficerId, reference.Number, reference.Note, ct);
                return await step.NextAsync(_problems.Problem(closed, reference.Number, locale) ?? _texts.Get(locale, "officer.closed", reference.Number), ct);
            default:
                return await step.BeginDialogAsync(nameof(OfficerNoteDialog), new OfficerNoteRequest { Ticket = reference, Action = action }, ct);
        }
    }

    /// <summary>The action's answer, then the same ticket again with its next moves: no detour through the menu.</summary>
    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var reference = step.GetValue<OfficerTicketReference>("ticket")!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var answer = step.Result as string ?? _texts.Get(locale, "officerTicket.unchanged", reference.Number);
        return await step.ReplaceDialogAsync(Steps, new OfficerTicketOpening { Number = reference.Number, Lead = answer }, ct);
    }

    /// <summary>The codes of the moves to offer: the stage's, a decision where one waits and the officer may decide, then 我的待办 and 返回.</summary>
    private static IEnumerable<string> Offered(Officer officer, OfficerTicket view)
    {
        foreach (var action in ClosedLoop.ActionsAt(view.Details.Ticket.Stage))
        {
            if (action == OfficerAction.DecideExtension)
            {
                if (view.Extension is not null && TicketAccess.MayDecideExtensions(officer, view.CommunityId))
                {
                    yield return Approve;
                    yield return Refuse;
                }
            }
            else if (action != OfficerAction.RequestExtension || view.Extension is null)
            {
                yield return action.Code;
            }
        }
        yield return Tasks;
        yield return Done;
    }
}
