using Microsoft.Bot.Builder;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Safety;

/// <summary>
/// After the "call 119 now" line (<see cref="SafetyRouter"/>): offers an urgent ticket prefilled from the
/// message (the description as they wrote it, 紧急, safety). Filed without the optional questions, it alerts
/// the grid's liaison and the community's secretary at once. The options are the message.
/// </summary>
public sealed class EmergencyDialog : ComponentDialog
{
    private const string Steps = "emergency.steps";
    private const string OfferPrompt = "emergency.offer";

    private readonly ITextLocalizer _texts;

    public EmergencyDialog(ITextLocalizer texts, FileIssueDialog fileIssue)
        : base(nameof(EmergencyDialog))
    {
        _texts = texts;
        AddDialog(fileIssue);
        AddDialog(new ConfirmPrompt(OfferPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [OfferStepAsync, DecideStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["message"] = step.Options as string;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(OfferPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "safety.emergency.offer")),
            HelpText = _texts.Get(locale, "safety.emergency.offer.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is true)
        {
            return await step.ReplaceDialogAsync(nameof(FileIssueDialog), new TicketSeed
            {
                Category = TicketCategory.Safety,
                Description = step.GetValue<string>("message"),
                Urgency = Urgency.Urgent,
                Routing = TicketRouting.Emergency,
                Fast = true,
            }, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        await step.Context.SendActivityAsync(MessageFactory.Text(_texts.Get(locale, "safety.emergency.declined")), ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
