using System.Globalization;
using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;

namespace ZoneBot.Dialogs.Officers;

/// <summary>转派: to which grid ("3" or "3号网格"), and why; that grid's liaison is alerted. Ends with the answer to show.</summary>
public sealed class TransferDialog : ComponentDialog
{
    private const string Steps = "transfer.steps";
    private const string GridAnswer = "transfer.grid";
    private const string ReasonAnswer = "transfer.reason";

    private readonly ITextLocalizer _texts;
    private readonly TicketWorkflow _workflow;
    private readonly WorkflowTexts _problems;

    public TransferDialog(ITextLocalizer texts, TicketWorkflow workflow, WorkflowTexts problems)
        : base(nameof(TransferDialog))
    {
        (_texts, _workflow, _problems) = (texts, workflow, problems);
        AddDialog(new NumberPrompt(GridAnswer, texts, ValidateGridAsync, min: 1, max: 999));
        AddDialog(new TextPrompt(ReasonAnswer, texts, minLength: 2, maxLength: 200));
        AddDialog(new WaterfallDialog(Steps, [GridStepAsync, ReasonStepAsync, TransferStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> GridStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var ticket = StateValues.To<OfficerTicketReference>(step.Options)!;
        step.Values["ticket"] = ticket;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(GridAnswer, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "transfer.grid", ticket.GridNumber)),
            HelpText = _texts.Get(locale, "transfer.grid.help"),
            Validations = ticket.GridNumber,
        }, ct);
    }

    private async Task<DialogTurnResult> ReasonStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["grid"] = (int)(decimal)step.Result!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(ReasonAnswer, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "transfer.reason")),
            HelpText = _texts.Get(locale, "transfer.reason.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> TransferStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var ticket = step.GetValue<OfficerTicketReference>("ticket")!;
        var grid = step.GetValue<int>("grid");
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var result = await _workflow.TransferAsync(ticket.OfficerId, ticket.Number, grid, (string)step.Result!, ct);
        return await step.EndDialogAsync(_problems.Problem(result, ticket.Number, locale)
            ?? _texts.Get(locale, "officer.done.transfer", ticket.Number, grid), ct);
    }

    private Task<bool> ValidateGridAsync(PromptValidatorContext<decimal> prompt, CancellationToken ct)
    {
        var current = StateValues.To<int>(prompt.Options.Validations);
        var grid = prompt.Recognized.Value;
        return Task.FromResult(
            grid != decimal.Truncate(grid) ? prompt.Fail(_texts.Get(prompt.Locale, "prompt.number.invalid"))
            : (int)grid == current ? prompt.Fail(_texts.Get(prompt.Locale, "transfer.sameGrid", current.ToString(CultureInfo.InvariantCulture)))
            : true);
    }
}
