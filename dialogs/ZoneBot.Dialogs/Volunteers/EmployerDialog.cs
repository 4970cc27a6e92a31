using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// The volunteer's employer, optional: asked first whether they want to give one, then found with
/// the firm search (<see cref="IdentifyFirmDialog"/>). Ends with the firm's id, or null.
/// </summary>
public sealed class EmployerDialog : ComponentDialog
{
    private const string AskPrompt = "employer.ask";
    private const string Steps = "employer.steps";

    private readonly ITextLocalizer _texts;

    public EmployerDialog(ITextLocalizer texts, IdentifyFirmDialog identifyFirm)
        : base(nameof(EmployerDialog))
    {
        _texts = texts;
        AddDialog(new ConfirmPrompt(AskPrompt, texts));
        AddDialog(identifyFirm);
        AddDialog(new WaterfallDialog(Steps, [AskStepAsync, FindStepAsync, DoneStepAsync]));
        InitialDialogId = Steps;
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return step.PromptAsync(AskPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.Get(locale, "volunteer.employer.ask")),
            HelpText = _texts.Get(locale, "volunteer.employer.help"),
        }, ct);
    }

    private static Task<DialogTurnResult> FindStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Result is true
            ? step.BeginDialogAsync(nameof(IdentifyFirmDialog), null, ct)
            : step.EndDialogAsync(null, ct);

    private async Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var firmId = StateValues.To<long?>(step.Result);
        if (firmId is null)
        {
            var locale = Locales.Resolve(step.Context.Activity.Locale);
            await step.Context.SendActivityAsync(_texts.Get(locale, "volunteer.employer.skipped"), cancellationToken: ct);
        }
        return await step.EndDialogAsync(firmId, ct);
    }
}
