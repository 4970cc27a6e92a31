using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Officers;
using ZoneBot.Data.Verification;
using ZoneBot.Data.Zone;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Main;
using ZoneBot.Dialogs.Officers;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Turns;
using ZoneBot.Dialogs.Vocabulary;
using ZoneBot.Domain;

namespace ZoneBot.Dialogs.Firms;

/// <summary>
/// Proving that the user belongs to the firm they named, before they may read and act on its tickets:
/// a code sent by SMS to the firm's registered phone, or one the grid liaison gave them. A wrong code is
/// asked again until the limits lock (<see cref="FirmVerification"/>). Begin it with
/// <see cref="VerifyMembershipOptions"/>; it ends with true when the user is now a verified member.
/// </summary>
public sealed class VerifyMembershipDialog : ComponentDialog
{
    private const string Offer = "verify.offer";
    private const string Code = "verify.code";
    private const string WayPrompt = "verify.way";
    private const string CodePrompt = "verify.codePrompt";
    private const string WaysKey = "ways";

    private readonly ITextLocalizer _texts;
    private readonly FirmVerification _verification;
    private readonly FirmDirectory _firms;
    private readonly GridContacts _contacts;
    private readonly Menu _menu;
    private readonly ChatPresence _presence;

    public VerifyMembershipDialog(
        ITextLocalizer texts, FirmVerification verification, FirmDirectory firms, GridContacts contacts, Menu menu, IChoiceWords words, ChatPresence presence)
        : base(nameof(VerifyMembershipDialog))
    {
        _presence = presence;
        _texts = texts;
        _verification = verification;
        _firms = firms;
        _contacts = contacts;
        _menu = menu;
        AddDialog(new ChoicePrompt(WayPrompt, texts, words: words));
        AddDialog(new TextPrompt(CodePrompt, texts, maxLength: 40));
        AddDialog(new WaterfallDialog(Offer, [OfferStepAsync, ChosenStepAsync]));
        AddDialog(new WaterfallDialog(Code, [AskCodeStepAsync, CheckStepAsync]));
        InitialDialogId = Offer;
    }

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = StateValues.To<VerifyMembershipOptions>(step.Options)!;
        step.Values["options"] = options;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var firm = await _firms.FindByIdAsync(options.FirmId, ct);
        var phone = await _verification.MaskedContactPhoneAsync(options.FirmId, ct);
        var liaison = firm is null ? null : await _contacts.ForGridAsync(firm.GridId, ct);
        var ways = new List<string>();
        var lines = new List<string> { _texts.Get(locale, "verify.needed", firm?.Name ?? string.Empty) };
        if (phone is not null)
        {
            ways.Add("sms");
            lines.Add(_texts.Get(locale, "verify.way.sms", phone));
        }
        ways.Add("liaison");
        lines.Add(liaison?.LiaisonName is { } name
            ? _texts.Get(locale, "verify.way.liaison", name, liaison.LiaisonPhone ?? string.Empty)
            : _texts.Get(locale, "verify.way.liaisonUnknown"));
        lines.Add(_texts.Get(locale, "verify.own"));
        ways.Add("later");
        step.Values[WaysKey] = ways;
        return await step.PromptAsync(WayPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(string.Join("\n", lines)),
            Choices = [.. ways.Select(way => new Choice(_texts.Get(locale, "verify.choice." + way)) { Words = [ChoiceWordLists.Vocabulary("verify." + way)] })],
            HelpText = _texts.Get(locale, "verify.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> ChosenStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.GetValue<VerifyMembershipOptions>("options")!;
        var way = step.GetValue<List<string>>(WaysKey)![((FoundChoice)step.Result!).Index];
        var turn = step.Context;
        var locale = Locales.Resolve(turn.Activity.Locale);
        switch (way)
        {
            case "liaison":
                return await step.ReplaceDialogAsync(Code, new VerifyMembershipOptions { FirmId = options.FirmId }, ct);
            case "sms":
                var user = ChatUser.Of(turn);
                var sent = await _verification.RequestSmsCodeAsync(options.FirmId, user.ChannelId, user.UserId, ClientAddress.Of(turn), ct);
                if (sent.Outcome == SmsRequestOutcome.Sent)
                {
                    return await step.ReplaceDialogAsync(Code, new VerifyMembershipOptions { FirmId = options.FirmId, SentTo = sent.MaskedPhone }, ct);
                }
                return await GiveUpAsync(step, _texts.Get(locale, sent.Outcome switch
                {
                    SmsRequestOutcome.TooMany => "verify.sms.tooMany",
                    SmsRequestOutcome.LockedOut => "verify.lockedOut",
                    SmsRequestOutcome.NoPhone => "verify.sms.noPhone",
                    _ => "verify.sms.failed",
                }, sent.RetryAt is { } retryAt ? ZoneDates.Format(retryAt, locale) : string.Empty), ct);
            default:
                return await GiveUpAsync(step, _texts.Get(locale, "verify.later"), ct);
        }
    }

    private async Task<DialogTurnResult> AskCodeStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = StateValues.To<VerifyMembershipOptions>(step.Options)!;
        step.Values["options"] = options;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var ask = options switch
        {
            { Retry: true } => _texts.Get(locale, "verify.invalid"),
            { SentTo: { } phone } => _texts.Get(locale, "verify.sms.sent", phone, (int)Math.Round(_verification.Options.SmsCodeMinutes)),
            _ => _texts.Get(locale, "verify.code.ask"),
        };
        return await step.PromptAsync(CodePrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(ask),
            HelpText = _texts.Get(locale, "verify.code.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> CheckStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.GetValue<VerifyMembershipOptions>("options")!;
        var turn = step.Context;
        var locale = Locales.Resolve(turn.Activity.Locale);
        var user = ChatUser.Of(turn);
        var result = await _verification.VerifyAsync(options.FirmId, user.ChannelId, user.UserId, ClientAddress.Of(turn), (string)step.Result!, ct);
        switch (result.Outcome)
        {
            case VerifyOutcome.Verified:
                // A verified member hears of the firm's inspections (整改通知): keep where to reach them.
                await _presence.SaveAsync(user.ChannelId, user.UserId, ConversationReferences.Of(turn), ct);
                var firm = await _firms.FindByIdAsync(options.FirmId, ct);
                await turn.SendActivityAsync(_texts.Get(locale, "verify.verified", firm?.Name ?? string.Empty), cancellationToken: ct);
                return await step.EndDialogAsync(true, ct);
            case VerifyOutcome.LockedOut:
                return await GiveUpAsync(step, _texts.Get(locale, "verify.lockedOut", ZoneDates.Format(result.LockedUntil!.Value, locale)), ct);
            default:
                return await step.ReplaceDialogAsync(Code, new VerifyMembershipOptions { FirmId = options.FirmId, SentTo = options.SentTo, Retry = true }, ct);
        }
    }

    /// <summary>Not verified this time: say why, with the menu, and end with false.</summary>
    private async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, string text, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(_menu.Create(step.Context, text), ct);
        return await step.EndDialogAsync(false, ct);
    }
}
