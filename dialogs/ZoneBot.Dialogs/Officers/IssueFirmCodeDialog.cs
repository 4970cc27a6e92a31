using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Verification;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Intents;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Officers;

/// <summary>
/// 企业验证码 永盛灯具: an officer gets a one-time code for a firm of their grid (a liaison), community (a
/// secretary) or any (an administrator), to hand to a person of that firm who cannot get the SMS code.
/// The options are the message that started it: a firm named in it is searched at once, otherwise asked for.
/// </summary>
public sealed class IssueFirmCodeDialog : ComponentDialog
{
    private const string Steps = "firmCode.steps";
    private const string AskPrompt = "firmCode.ask";
    private const string PickPrompt = "firmCode.pick";
    private const string CandidatesKey = "candidates";

    private readonly ITextLocalizer _texts;
    private readonly PhraseIntentRecognizer _intents;
    private readonly FirmDirectory _firms;
    private readonly FirmVerification _verification;
    private readonly Menu _menu;

    public IssueFirmCodeDialog(ITextLocalizer texts, PhraseIntentRecognizer intents, FirmDirectory firms, FirmVerification verification, Menu menu)
        : base(nameof(IssueFirmCodeDialog))
    {
        _texts = texts;
        _intents = intents;
        _firms = firms;
        _verification = verification;
        _menu = menu;
        AddDialog(new TextPrompt(AskPrompt, texts, minLength: 2, maxLength: 60));
        AddDialog(new ChoicePrompt(PickPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [AskStepAsync, SearchStepAsync, IssueStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var named = _intents.After(step.Options as string, Intent.FirmCode, locale);
        if (named.Length >= 2)
        {
            return await step.NextAsync(named, ct);
        }
        return await step.PromptAsync(AskPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "firmCode.ask")),
            HelpText = _texts.Get(locale, "firmCode.ask.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> SearchStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var query = (string)step.Result!;
        var found = await _firms.SearchAsync(query, limit: 5, ct);
        if (found.Single is { } firm)
        {
            return await IssueAsync(step, firm.Id, ct);
        }
        if (found.Matches.Count == 0)
        {
            return await FinishAsync(step, _texts.Get(locale, "firmCode.notFound", query), ct);
        }
        step.Values[CandidatesKey] = found.Matches.Select(match => match.Firm.Id).ToList();
        return await step.PromptAsync(PickPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "firm.pick", found.Matches.Count)),
            Choices = [.. found.Matches.Select(match => new Choice(match.Firm.Name))],
            HelpText = _texts.Get(locale, "firmCode.pick.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> IssueStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        await IssueAsync(step, step.GetValue<List<long>>(CandidatesKey)![((FoundChoice)step.Result!).Index], ct);

    private async Task<DialogTurnResult> IssueAsync(WaterfallStepContext step, long firmId, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var officer = OfficerOnTurn.Get(step.Context);
        var issued = officer is null ? null : await _verification.IssueLiaisonCodeAsync(firmId, officer, ct);
        if (issued is null)
        {
            var firm = await _firms.FindByIdAsync(firmId, ct);
            return await FinishAsync(step, _texts.Get(locale, "firmCode.notYours", firm?.Name ?? string.Empty), ct);
        }
        return await FinishAsync(step, _texts.Get(locale, "firmCode.issued", issued.FirmName, issued.Code, ZoneDates.Format(issued.ExpiresAt, locale)), ct);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, string text, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(_menu.Create(step.Context, text), ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
