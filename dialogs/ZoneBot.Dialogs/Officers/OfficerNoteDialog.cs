using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// The moves that take the officer's words: 反馈 (the message the firm receives), 处理完成 (what was
/// done, with photos if any), 回头看 (the review, then an offer to close at once). Ends with the answer to show.
/// Words typed with the action ("反馈 已安排明天上门") are taken as the answer without asking.
/// </summary>
public sealed class OfficerNoteDialog : ComponentDialog
{
    private const string Steps = "officerNote.steps";
    private const string TextAnswer = "officerNote.text";
    private const string NoteAnswer = "officerNote.note";
    private const string ClosePrompt = "officerNote.close";

    private readonly ITextLocalizer _texts;
    private readonly TicketWorkflow _workflow;
    private readonly WorkflowTexts _problems;

    public OfficerNoteDialog(ITextLocalizer texts, TicketWorkflow workflow, WorkflowTexts problems)
        : base(nameof(OfficerNoteDialog))
    {
        (_texts, _workflow, _problems) = (texts, workflow, problems);
        AddDialog(new TextPrompt(TextAnswer, texts, minLength: 2, maxLength: 500));
        AddDialog(new NotePrompt(NoteAnswer, texts));
        AddDialog(new ConfirmPrompt(ClosePrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [AskStepAsync, ActStepAsync, CloseStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var request = StateValues.To<OfficerNoteRequest>(step.Options)!;
        step.Values["request"] = request;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (request.Ticket.Note is { } typed)
        {
            return await step.NextAsync(request.Action == OfficerAction.Handle.Code ? new NoteAnswer { Note = typed } : typed, ct);
        }
        var options = new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "officer.ask." + request.Action)),
            HelpText = _texts.Get(locale, "officer.ask." + request.Action + ".help"),
        };
        return await step.PromptAsync(request.Action == OfficerAction.Handle.Code ? NoteAnswer : TextAnswer, options, ct);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var request = step.GetValue<OfficerNoteRequest>("request")!;
        var ticket = request.Ticket;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var action = OfficerAction.FromCode(request.Action);
        WorkflowResult result;
        if (action == OfficerAction.Handle)
        {
            var note = StateValues.To<NoteAnswer>(step.Result)!;
            var photos = note.Photos.Select(photo => new NewTicketAttachment(photo.Name, photo.ContentType, photo.Url)).ToList();
            result = await _workflow.HandleAsync(ticket.OfficerId, ticket.Number, note.Note, photos, ct);
        }
        else
        {
            var text = (string)step.Result!;
            result = action == OfficerAction.FeedBack
                ? await _workflow.FeedBackAsync(ticket.OfficerId, ticket.Number, text, ct)
                : await _workflow.ReviewAsync(ticket.OfficerId, ticket.Number, text, ct);
        }

        if (_problems.Problem(result, ticket.Number, locale) is { } problem)
        {
            return await step.EndDialogAsync(problem, ct);
        }
        if (action == OfficerAction.Review)
        {
            return await step.PromptAsync(ClosePrompt, new PromptOptions
            {
                Prompt = new PromptQuestion(_texts.Get(locale, "officer.reviewed.close", ticket.Number)),
                HelpText = _texts.Get(locale, "officer.reviewed.close.help"),
            }, ct);
        }
        var told = result.FirmTold ? "\n" + _texts.Get(locale, "officer.firmTold") : string.Empty;
        return await step.EndDialogAsync(_texts.Get(locale, "officer.done." + request.Action, ticket.Number) + told, ct);
    }

    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var ticket = step.GetValue<OfficerNoteRequest>("request")!.Ticket;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (step.Result is not true)
        {
            return await step.EndDialogAsync(_texts.Get(locale, "officer.done.review", ticket.Number), ct);
        }
        var closed = await _workflow.CloseAsync(ticket.OfficerId, ticket.Number, ct: ct);
        return await step.EndDialogAsync(_problems.Problem(closed, ticket.Number, locale) ?? _texts.Get(locale, "officer.closed", ticket.Number), ct);
    }
}
