using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// 研判: confirm or change the category, then the urgency, add a note (or skip it); the deadlines are
/// computed again. Ends with the answer to show. Typed with its note ("研判 ZB-… 属实"), it keeps the
/// category and urgency and asks nothing.
/// </summary>
public sealed class AssessDialog : ComponentDialog
{
    private const string Steps = "assess.steps";
    private const string ChoiceAnswer = "assess.choice";
    private const string NoteAnswer = "assess.note";

    private readonly ITextLocalizer _texts;
    private readonly TicketWorkflow _workflow;
    private readonly WorkflowTexts _problems;
    private readonly WordLists _words;

    public AssessDialog(ITextLocalizer texts, TicketWorkflow workflow, WorkflowTexts problems, WordLists words)
        : base(nameof(AssessDialog))
    {
        (_texts, _workflow, _problems, _words) = (texts, workflow, problems, words);
        AddDialog(new ChoicePrompt(ChoiceAnswer, texts));
        AddDialog(new TextPrompt(NoteAnswer, texts, maxLength: 500));
        AddDialog(new WaterfallDialog(Steps, [CategoryStepAsync, UrgencyStepAsync, NoteStepAsync, AssessStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> CategoryStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var ticket = StateValues.To<OfficerTicketReference>(step.Options)!;
        step.Values["ticket"] = ticket;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var categories = Enum.GetValues<TicketCategory>();
        if (ticket.Note is not null)
        {
            return await step.NextAsync(new FoundChoice { Index = Array.IndexOf(categories, TicketCategory.FromCode(ticket.Category)) }, ct);
        }
        return await step.PromptAsync(ChoiceAnswer, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "assess.category", _texts.Get(locale, "category." + ticket.Category))),
            Choices = [.. categories.Select(category => new Choice(_texts.Get(locale, "category." + category.Code), category.ChineseName))],
            HelpText = _texts.Get(locale, "assess.category.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> UrgencyStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var ticket = step.GetValue<OfficerTicketReference>("ticket")!;
        step.Values["category"] = Enum.GetValues<TicketCategory>()[((FoundChoice)step.Result!).Index].Code;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (ticket.Note is not null)
        {
            return await step.NextAsync(new FoundChoice { Index = Array.IndexOf(Enum.GetValues<Urgency>(), Urgency.FromCode(ticket.Urgency)) }, ct);
        }
        return await step.PromptAsync(ChoiceAnswer, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "assess.urgency", _texts.Get(locale, "urgency." + ticket.Urgency))),
            Choices = [.. Enum.GetValues<Urgency>().Select(urgency => new Choice(_texts.Get(locale, "urgency." + urgency.Code), urgency.ChineseName))],
            HelpText = _texts.Get(locale, "assess.urgency.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> NoteStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["urgency"] = Enum.GetValues<Urgency>()[((FoundChoice)step.Result!).Index].Code;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (step.GetValue<OfficerTicketReference>("ticket")!.Note is { } typed)
        {
            return await step.NextAsync(typed, ct);
        }
        return await step.PromptAsync(NoteAnswer, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "assess.note")),
            HelpText = _texts.Get(locale, "assess.note.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> AssessStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var ticket = step.GetValue<OfficerTicketReference>("ticket")!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var note = (string)step.Result!;
        var category = TicketCategory.FromCode(step.GetValue<string>("category")!);
        var urgency = Urgency.FromCode(step.GetValue<string>("urgency")!);
        var result = await _workflow.AssessAsync(ticket.OfficerId, ticket.Number, category, urgency, _words.IsSkip(note, locale) ? null : note, ct);
        return await step.EndDialogAsync(_problems.Problem(result, ticket.Number, locale)
            ?? _texts.Get(locale, "officer.done.assess", ticket.Number, _texts.Get(locale, "category." + category.Code),
                _texts.Get(locale, "urgency." + urgency.Code), ZoneDates.Format(result.HandleDueAt!.Value, locale)), ct);
    }
}
