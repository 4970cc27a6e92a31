using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Handover;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Tickets;

namespace ZoneBot.Dialogs.Relay;

/// <summary>
/// No liaison accepted in time (or none is bound): the firm is told whom to call (the liaison's phone, the
/// community office), then offered a ticket whose description is what they said in the relay. The options
/// are the relay's id.
/// </summary>
public sealed class RelayMissedDialog : ComponentDialog
{
    private const string Steps = "relayMissed.steps";
    private const string OfferPrompt = "relayMissed.offer";

    private readonly ITextLocalizer _texts;
    private readonly Relays _relays;

    public RelayMissedDialog(ITextLocalizer texts, Relays relays, FileIssueDialog fileIssue)
        : base(nameof(RelayMissedDialog))
    {
        _texts = texts;
        _relays = relays;
        AddDialog(fileIssue);
        AddDialog(new ConfirmPrompt(OfferPrompt, texts));
        AddDialog(new WaterfallDialog(Steps, [TellStepAsync, DecideStepAsync]));
        InitialDialogId = Steps;
    }

    /// <summary>What the firm said in the relay as the ticket's description (too short to stand alone: as its start).</summary>
    public static async Task<TicketSeed> SeedAsync(Relays relays, ITextLocalizer texts, string locale, long relayId, CancellationToken ct)
    {
        var lines = (await relays.TranscriptAsync(relayId, ct)).Where(line => line.Sender == "firm").Select(line => line.Text.Trim()).ToList();
        var said = string.Join(texts.Get(locale, "fileIssue.description.joiner"), lines);
        return said.Length >= TicketForm.MinDescription
            ? new TicketSeed { Description = said }
            : new TicketSeed { FirstMessage = said.Length > 0 ? said : null };
    }

    private async Task<DialogTurnResult> TellStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var relayId = StateValues.To<long>(step.Options);
        step.Values["relay"] = relayId;
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var relay = await _relays.FindAsync(relayId, ct);
        if (relay is null)
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var contacts = relay.LiaisonName is null
            ? _texts.Get(locale, "relay.missed.noLiaison", relay.OfficePhone, relay.OfficeAddress)
            : _texts.Get(locale, "relay.missed.liaison", relay.LiaisonName, relay.LiaisonPhone, relay.OfficePhone, relay.OfficeAddress);
        await step.Context.SendActivityAsync(MessageFactory.Text(contacts), ct);
        return await step.PromptAsync(OfferPrompt, new PromptOptions
        {
            Prompt = new PromptQuestion(_texts.Get(locale, "relay.missed.offer")),
            HelpText = _texts.Get(locale, "relay.missed.offer.help"),
        }, ct);
    }

    private async Task<DialogTurnResult> DecideStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        if (step.Result is true)
        {
            var seed = await SeedAsync(_relays, _texts, locale, step.GetValue<long>("relay"), ct);
            return await step.ReplaceDialogAsync(nameof(FileIssueDialog), seed, ct);
        }
        await step.Context.SendActivityAsync(MessageFactory.Text(_texts.Get(locale, "relay.missed.declined")), ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
