using ZoneBot.Dialogs.Core;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Vocabulary;

namespace ZoneBot.Dialogs.Volunteers;

/// <summary>
/// The volunteer's employer, optional: asked first whether they want to give one, then found with
/// the firm search (<see cref="IdentifyFirmDialog"/>). A skip word is a no; a firm's name answers
/// both questions at once. Ends with the firm's id, or null.
/// </summary>
public sealed class EmployerDialog : ComponentDialog
{
    private const string AskPrompt = "employer.ask";
    private const string Steps = "employer.steps";

    private readonly ITextLocalizer _texts;

    public EmployerDialog(ITextLocalizer texts, IdentifyFirmDialog identifyFirm, WordLists words, FirmDirectory firms)
        : base(nameof(EmployerDialog))
    {
        _texts = texts;
        AddDialog(new EmployerQuestionPrompt(AskPrompt, texts, words, firms));
        AddDialog(identifyFirm);
        AddDialog(new WaterfallDialog(Steps, [AskStepAsync, FindStepAsync, DoneStepAsync]));
        InitialDialogId = Steps;
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return step.PromptAsync(AskPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "volunteer.employer.ask")),
            HelpText = _texts.Get(locale, "volunteer.employer.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    private static Task<DialogTurnResult> FindStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is not true)
        {
            return step.EndDialogAsync(null, ct);
        }
        // A plain yes asks for the name; a name given as the answer is looked up at once.
        var answer = step.Context.Activity.Text ?? string.Empty;
        var named = ConfirmWords.Recognize(answer) is null ? IdentifyFirmDialog.WithQuery(answer.Trim()) : null;
        return step.BeginDialogAsync(nameof(IdentifyFirmDialog), named, ct);
    }

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
