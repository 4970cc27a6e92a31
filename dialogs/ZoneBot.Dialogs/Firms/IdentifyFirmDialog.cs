using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Zone;
using ZoneBot.Dialogs.Core;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Firms;

/// <summary>
/// Finds out which firm the user speaks for, once: a linked user is answered at once; otherwise the
/// user gives a name or credit code (or the caller passes what they already typed as the options),
/// confirms the one match or picks from a short list, and the link is remembered.
/// Ends with the firm's id, or null when no firm could be found (the community offices were given).
/// </summary>
public sealed class IdentifyFirmDialog : ComponentDialog
{
    private const string AskPrompt = "identifyFirm.ask";
    private const string ConfirmFirmPrompt = "identifyFirm.confirm";
    private const string PickPrompt = "identifyFirm.pick";
    private const string Steps = "identifyFirm.steps";
    private const string CandidatesKey = "candidates";
    private const int MaxNotFound = 2;

    private readonly ITextLocalizer _texts;
    private readonly FirmDirectory _firms;
    private readonly FirmUserLinks _links;
    private readonly CommunityOffices _offices;

    public IdentifyFirmDialog(ITextLocalizer texts, FirmDirectory firms, FirmUserLinks links, CommunityOffices offices)
        : base(nameof(IdentifyFirmDialog))
    {
        _texts = texts;
        _firms = firms;
        _links = links;
        _offices = offices;
        AddDialog(new TextPrompt(AskPrompt, texts, minLength: 2, maxLength: 60));
        AddDialog(new ConfirmPrompt(ConfirmFirmPrompt, texts));
        AddDialog(new ChoicePrompt(PickPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [AskStepAsync, SearchStepAsync, ConfirmedStepAsync]));
        InitialDialogId = Steps;
    }

    /// <summary>Options to start with what the user already typed, skipping the question.</summary>
    public static IdentifyFirmOptions WithQuery(string query) => new() { Query = query };

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = StateValues.To<IdentifyFirmOptions>(step.Options) ?? new IdentifyFirmOptions();
        step.Values["notFound"] = options.NotFoundCount;
        if (options.NotFoundCount == 0 && await _links.FindFirmIdAsync(ChatUser.Of(step.Context).ChannelId, ChatUser.Of(step.Context).UserId, ct) is { } linked)
        {
            return await step.EndDialogAsync(linked, ct);
        }
        if (!string.IsNullOrWhiteSpace(options.Query))
        {
            return await step.NextAsync(options.Query, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        return await step.PromptAsync(AskPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "firm.ask")),
            HelpText = _texts.Get(locale, "firm.ask.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    private async Task<DialogTurnResult> SearchStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var query = (string)step.Result!;
        var found = await _firms.SearchAsync(query, limit: 5, ct);
        if (found.IsInvalidCreditCode)
        {
            await step.Context.SendActivityAsync(CreditCodeProblem(locale, found.CreditCode!), cancellationToken: ct);
            return await AskAgainAsync(step, countsAsNotFound: false, ct);
        }
        if (found.Matches.Count == 0)
        {
            return await NotFoundAsync(step, query, ct);
        }
        if (found.Single is { } firm)
        {
            step.Values[CandidatesKey] = new List<long> { firm.Id };
            return await step.PromptAsync(ConfirmFirmPrompt, new PromptOptions
            {
                Prompt = new PromptQuestion(_texts.Get(locale, "firm.confirm", FirmNames.Of(_texts, firm, locale))),
                HelpText = _texts.Get(locale, "firm.confirm.help"),
                MaxAttempts = 0,
                HelpAfterAttempts = 2,
            }, ct);
        }
        var matches = found.Matches;
        step.Values[CandidatesKey] = matches.Select(match => match.Firm.Id).ToList();
        var choices = matches
            .Select(match => new Choice($"{FirmNames.Of(_texts, match.Firm, locale)}（{match.Firm.Road ?? _texts.Get(locale, "firm.roadUnknown")}）"))
            .Append(new Choice(_texts.Get(locale, "firm.noneOfThese")))
            .ToList();
        return await step.PromptAsync(PickPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "firm.pick", matches.Count)),
            Choices = choices,
            HelpText = _texts.Get(locale, "firm.pick.help"),
            MaxAttempts = 0,
            HelpAfterAttempts = 2,
        }, ct);
    }

    private async Task<DialogTurnResult> ConfirmedStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var candidates = step.GetValue<List<long>>(CandidatesKey) ?? [];
        long? firmId = step.Result switch
        {
            true => candidates[0],
            FoundChoice choice when choice.Index < candidates.Count => candidates[choice.Index],
            _ => null,
        };
        if (firmId is null)
        {
            return await AskAgainAsync(step, countsAsNotFound: false, ct);
        }
        var user = ChatUser.Of(step.Context);
        await _links.LinkAsync(user.ChannelId, user.UserId, firmId.Value, ct);
        var firm = await _firms.FindByIdAsync(firmId.Value, ct);
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        await step.Context.SendActivityAsync(_texts.Get(locale, "firm.linked", firm is null ? null : FirmNames.Of(_texts, firm, locale)), cancellationToken: ct);
        return await step.EndDialogAsync(firmId.Value, ct);
    }

    private async Task<DialogTurnResult> NotFoundAsync(WaterfallStepContext step, string query, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var notFound = step.GetValue<int>("notFound") + 1;
        if (notFound < MaxNotFound)
        {
            await step.Context.SendActivityAsync(_texts.Get(locale, "firm.notFound", query), cancellationToken: ct);
            return await AskAgainAsync(step, countsAsNotFound: true, ct);
        }
        // Not a dead end: say who can help.
        var offices = await _offices.AllAsync(ct);
        var lines = string.Join("\n", offices.Select(office => _texts.Get(locale, "firm.office", office.Name, office.OfficePhone, office.OfficeAddress)));
        await step.Context.SendActivityAsync(_texts.Get(locale, "firm.notFoundGiveUp", query) + "\n" + lines, cancellationToken: ct);
        return await step.EndDialogAsync(null, ct);
    }

    private Task<DialogTurnResult> AskAgainAsync(WaterfallStepContext step, bool countsAsNotFound, CancellationToken ct) =>
        step.ReplaceDialogAsync(Steps, new IdentifyFirmOptions
        {
            NotFoundCount = step.GetValue<int>("notFound") + (countsAsNotFound ? 1 : 0),
        }, ct);

    private string CreditCodeProblem(string locale, CreditCodeValidation validation) => validation.Status switch
    {
        CreditCodeStatus.WrongLength => _texts.Get(locale, "firm.code.length", validation.NormalisedCode.Length),
        CreditCodeStatus.IllegalCharacter => _texts.Get(locale, "firm.code.character"),
        _ => _texts.Get(locale, "firm.code.check"),
    };
}
