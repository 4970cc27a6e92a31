using ZoneBot.Data;
using ZoneBot.Data.Tickets;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;

namespace ZoneBot.Dialogs.Officers;

/// <summary>申请延期: how many more days (1 to 30) and why; the secretary decides from the chat. Ends with the answer to show.</summary>
public sealed class ExtensionDialog : ComponentDialog
{
    private const string Steps = "extension.steps";
    private const string DaysAnswer = "extension.days";
    private const string ReasonAnswer = "extension.reason";

    private readonly ITextLocalizer _texts;
    private readonly TicketExtensions _extensions;
    private readonly WorkflowTexts _problems;

    public ExtensionDialog(ITextLocalizer texts, TicketExtensions extensions, WorkflowTexts problems)
        : base(nameof(ExtensionDialog))
    {
        (_texts, _extensions, _problems) = (texts, extensions, problems);
        AddDialog(new NumberPrompt(DaysAnswer, texts, ValidateDaysAsync, min: 1, max: TicketExtensions.MaxDays));
        AddDialog(new TextPrompt(ReasonAnswer, texts, minLength: 2, maxLength: 200));
        AddDialog(new WaterfallDialog(Steps, [DaysStepAsync, ReasonStepAsync, RequestStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> DaysStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["ticket"] = StateValues.To<OfficerTicketReference>(step.Options)!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(DaysAnswer, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "extension.days", TicketExtensions.MaxDays)),
            HelpText = _texts.Get(locale, "extension.days.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> ReasonStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["days"] = (int)(decimal)step.Result!;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(ReasonAnswer, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "extension.reason")),
            HelpText = _texts.Get(locale, "extension.reason.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> RequestStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var ticket = step.GetValue<OfficerTicketReference>("ticket")!;
        var days = step.GetValue<int>("days");
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var result = await _extensions.RequestAsync(ticket.OfficerId, ticket.Number, days, (string)step.Result!, ct);
        return await step.EndDialogAsync(_problems.Problem(result, ticket.Number, locale)
            ?? _texts.Get(locale, "officer.done.request_extension", ticket.Number, days, ZoneDates.Format(result.HandleDueAt!.Value, locale)), ct);
    }

    private Task<bool> ValidateDaysAsync(PromptValidatorContext<decimal> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Value == decimal.Truncate(prompt.Recognized.Value) || prompt.Fail(_texts.Get(prompt.Locale, "prompt.number.invalid")));
}
