using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// One ticket for its officer: the ticket and its history, then the moves its stage allows
/// (<see cref="ClosedLoop"/>): 研判, 反馈, 处理完成, 回头看, 办结, 转派, 申请延期, and for the secretary or an
/// administrator 批准/驳回 of a waiting extension. Begin it with the ticket number. A ticket the officer may
/// not act on is "not found", as a number that does not exist.
/// </summary>
public sealed class OfficerTicketDialog : ComponentDialog
{
    private const string Steps = "officerTicket.steps";
    private const string ActionPrompt = "officerTicket.action";
    private const string Approve = "approve";
    private const string Refuse = "refuse";
    private const string Done = "done";

    private readonly ITextLocalizer _texts;
    private readonly ChatPresence _presence;
    private readonly OfficerTickets _tickets;
    private readonly OfficerTicketView _view;
    private readonly TicketWorkflow _workflow;
    private readonly TicketExtensions _extensions;
    private readonly WorkflowTexts _problems;
    private readonly Menu _menu;
    private readonly TimeProvider _time;

    public OfficerTicketDialog(
        ITextLocalizer texts, ChatPresence presence, OfficerTickets tickets, OfficerTicketView view, TicketWorkflow workflow, TicketExtensions extensions,
        WorkflowTexts problems, Menu menu, TimeProvider time, AssessDialog assess, OfficerNoteDialog note, TransferDialog transfer, ExtensionDialog extension)
        : base(nameof(OfficerTicketDialog))
    {
        (_texts, _presence, _tickets, _view, _workflow, _extensions, _problems, _menu, _time) =
            (texts, presence, tickets, view, workflow, extensions, problems, menu, time);
        AddDialog(assess);
        AddDialog(note);
        AddDialog(transfer);
        AddDialog(extension);
        AddDialog(new ChoicePrompt(ActionPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [ShowStepAsync, ActStepAsync, FinishStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var number = ((string)step.Options!).Trim();
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var user = ChatUser.Of(step.Context);
        var officer = await _presence.OfficerAsync(user.ChannelId, user.UserId, ct);
        var view = officer is null ? null : await _tickets.FindAsync(officer, number, ct);
        if (officer is null || view is null)
        {
            await step.Context.SendActivityAsync(_menu.Create(step.Context, _texts.Get(locale, "officerTicket.notFound", number)), ct);
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
        return await step.PromptAsync(ActionPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_view.Describe(view, locale, _time.GetUtcNow()) + "\n" + _texts.Get(locale, offered.Count > 1 ? "officerTicket.prompt" : "officerTicket.prompt.none")),
            Choices = [.. offered.Select(code => new Choice(_texts.Get(locale, "officerTicket.action." + code)))],
            HelpText = _texts.Get(locale, "officerTicket.prompt.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var reference = step.GetValue<OfficerTicketReference>("ticket")!;
        var action = step.GetValue<List<string>>("offered")![((FoundChoice)step.Result!).Index];
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        switch (action)
        {
            case Done:
                return await step.NextAsync(_texts.Get(locale, "menu.prompt"), ct);
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
                var closed = await _workflow.CloseAsync(reference.OfficerId, reference.Number, ct: ct);
                return await step.NextAsync(_problems.Problem(closed, reference.Number, locale) ?? _texts.Get(locale, "officer.closed", reference.Number), ct);
            default:
                return await step.BeginDialogAsync(nameof(OfficerNoteDialog), new OfficerNoteRequest { Ticket = reference, Action = action }, ct);
        }
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is string text)
        {
            await step.Context.SendActivityAsync(_menu.Create(step.Context, text), ct);
        }
        return await step.EndDialogAsync(cancellationToken: ct);
    }

    /// <summary>The codes of the moves to offer: the stage's, a decision where one waits and the officer may decide, then 返回.</summary>
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
        yield return Done;
    }
}
