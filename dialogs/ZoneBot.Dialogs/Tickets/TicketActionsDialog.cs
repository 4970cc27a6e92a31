using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Tickets;

/// <summary>
/// One of the firm's tickets: its stage, deadlines and history, then what the firm can do with it:
/// 补充 (add a note or photos), 催办 (urge, once an hour), 评价 (rate, once, after the follow-up review).
/// Begin it with a <see cref="TicketReference"/>. Only a verified member of the firm reaches any of its
/// tickets; anyone else only those they filed. What the user does is recorded as them (<see cref="FirmActors"/>).
/// </summary>
public sealed class TicketActionsDialog : ComponentDialog
{
    private const string Steps = "ticketActions.steps";
    private const string ActionPrompt = "ticketActions.action";
    private const string NoteAnswer = "ticketActions.note";
    private const string RatingPrompt = "ticketActions.rating";
    private const string CommentPrompt = "ticketActions.comment";
    private static readonly string[] Actions = ["supplement", "urge", "rate", "done"];

    private readonly ITextLocalizer _texts;
    private readonly FirmTickets _tickets;
    private readonly TicketFollowUp _followUp;
    private readonly WordLists _words;
    private readonly Menu _menu;
    private readonly FirmActors _actors;

    public TicketActionsDialog(ITextLocalizer texts, FirmTickets tickets, TicketFollowUp followUp, WordLists words, Menu menu, FirmActors actors)
        : base(nameof(TicketActionsDialog))
    {
        _texts = texts;
        _tickets = tickets;
        _followUp = followUp;
        _words = words;
        _menu = menu;
        _actors = actors;
        AddDialog(new ChoicePrompt(ActionPrompt, texts));
        AddDialog(new NotePrompt(NoteAnswer, texts));
        AddDialog(new ChoicePrompt(RatingPrompt, texts));
        AddDialog(new TextPrompt(CommentPrompt, texts, maxLength: 500));
        AddDialog(new WaterfallDialog(Steps, [ShowStepAsync, ActionStepAsync, InputStepAsync, CommentStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var reference = StateValues.To<TicketReference>(step.Options)!;
        step.Values["ticket"] = reference;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var details = await _tickets.FindAsync(reference.FirmId, reference.Number, await _actors.ForAsync(step.Context, reference.WholeFirm, ct), ct);
        if (details is null)
        {
            var notFound = reference.WholeFirm ? "myTickets.notFound" : "myTickets.notFound.unverified";
            await step.Context.SendActivityAsync(_menu.Create(locale, _texts.Get(locale, notFound, reference.Number.Trim())), ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var ticket = details.Ticket;
        reference.Number = ticket.Number;
        // A 不满意 reopened the ticket; once it is reviewed again, the firm rates it again.
        var canRate = ticket.Rating is null or TicketRating.Dissatisfied && ticket.Stage is (TicketStage.Reviewed or TicketStage.Closed);
        // A closed ticket takes nothing more from the firm but its rating: a new problem is a new 报事.
        var offered = Actions
            .Where(action => action != "rate" || canRate)
            .Where(action => ticket.Stage != TicketStage.Closed || action is "rate" or "done")
            .ToList();
        var choices = offered.Select(action => new Choice(_texts.Get(locale, "ticketActions." + action))).ToList();
        step.Values["offered"] = offered;
        return await step.PromptAsync(ActionPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(Describe(details, locale) + "\n" + _texts.Get(locale, "ticketActions.prompt")),
            Choices = choices,
            HelpText = _texts.Get(locale, "ticketActions.prompt.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> ActionStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var reference = step.GetValue<TicketReference>("ticket")!;
        var action = step.GetValue<List<string>>("offered")![((FoundChoice)step.Result!).Index];
        step.Values["action"] = action;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        switch (action)
        {
            case "supplement":
                return await step.PromptAsync(NoteAnswer, new PromptOptions { Prompt = new PromptQuestion(_texts.Get(locale, "ticketActions.supplement.ask")) }, ct);
            case "rate":
                return await step.PromptAsync(RatingPrompt, new PromptOptions
                {
                    Prompt = new PromptQuestion(_texts.Get(locale, "ticketActions.rate.ask")),
                    Choices = [.. Enum.GetValues<TicketRating>().Select(rating => new Choice(_texts.Get(locale, "rating." + rating.Code), rating.ChineseName))],
                }, ct);
            case "urge":
                var urged = await _followUp.UrgeAsync(reference.FirmId, reference.Number, await _actors.ForAsync(step.Context, reference.WholeFirm, ct), ct);
                return await FinishAsync(step, urged.Outcome switch
                {
                    UrgeOutcome.Urged => _texts.Get(locale, "ticketActions.urged", reference.Number),
                    UrgeOutcome.TooSoon => _texts.Get(locale, "ticketActions.urge.tooSoon", ZoneDates.Format(urged.LastUrgedAt!.Value, locale), ZoneDates.Format(urged.NextAllowedAt!.Value, locale)),
                    UrgeOutcome.Closed => _texts.Get(locale, "ticketActions.closed"),
                    _ => _texts.Get(locale, "myTickets.notFound", reference.Number),
                }, ct);
            default:
                return await FinishAsync(step, _texts.Get(locale, "menu.prompt"), ct);
        }
    }

    private async Task<DialogTurnResult> InputStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var reference = step.GetValue<TicketReference>("ticket")!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (step.GetValue<string>("action") == "rate")
        {
            step.Values["rating"] = Enum.GetValues<TicketRating>()[((FoundChoice)step.Result!).Index];
            return await step.PromptAsync(CommentPrompt, new PromptOptions { Prompt = new PromptQuestion(_texts.Get(locale, "ticketActions.rate.comment")) }, ct);
        }
        var note = StateValues.To<NoteAnswer>(step.Result)!;
        var attachments = note.Photos.Select(photo => new NewTicketAttachment(photo.Name, photo.ContentType, photo.Url)).ToList();
        var actor = await _actors.ForAsync(step.Context, reference.WholeFirm, ct);
        var outcome = await _followUp.SupplementAsync(reference.FirmId, reference.Number, actor, note.Note, attachments, ct);
        return await FinishAsync(step, outcome switch
        {
            SupplementOutcome.Supplemented => _texts.Get(locale, "ticketActions.supplemented", reference.Number),
            SupplementOutcome.Closed => _texts.Get(locale, "ticketActions.closed"),
            _ => _texts.Get(locale, "myTickets.notFound", reference.Number),
        }, ct);
    }

    private async Task<DialogTurnResult> CommentStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var reference = step.GetValue<TicketReference>("ticket")!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var comment = (string)step.Result!;
        var outcome = await _followUp.RateAsync(
            reference.FirmId, reference.Number, await _actors.ForAsync(step.Context, reference.WholeFirm, ct), step.GetValue<TicketRating>("rating"),
            _words.IsSkip(comment, locale) ? null : comment, ct);
        return await FinishAsync(step, _texts.Get(locale, "ticketActions.rated." + outcome.ToString().ToLowerInvariant()), ct);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, string text, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(_menu.Create(Locales.Resolve(step.Context.Activity.Locale), text), ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }

    private string Describe(TicketDetails details, string locale)
    {
        var ticket = details.Ticket;
        var lines = new List<string>
        {
            _texts.Get(locale, "ticket.header", ticket.Number, _texts.Get(locale, "stage." + ticket.Stage.Code)),
            _texts.Get(locale, "ticket.category", _texts.Get(locale, "category." + ticket.Category.Code), _texts.Get(locale, "urgency." + ticket.Urgency.Code)),
            _texts.Get(locale, "ticket.description", ticket.Description),
            _texts.Get(locale, "ticket.due", ZoneDates.Format(ticket.ResponseDueAt, locale), ZoneDates.Format(ticket.HandleDueAt, locale)),
            _texts.Get(locale, "ticket.history"),
        };
        lines.AddRange(TicketHistoryText.Lines(_texts, details.History, locale));
        if (details.Attachments.Count > 0)
        {
            lines.Add(_texts.Get(locale, "ticket.attachments", details.Attachments.Count));
        }
        return string.Join("\n", lines);
    }
}
