using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Handover;
using ZoneBot.Data.Officers;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Officers;

namespace ZoneBot.Dialogs.Relay;

/// <summary>
/// 转人工 from a firm's chat: the firm first (the liaison must know who asks), then a relay to the grid's
/// liaison. When the liaison is bound, the firm waits for them to accept (<see cref="RelayDesk"/> carries the
/// messages from then on); when not, the firm gets the phone numbers and may file a ticket at once.
/// </summary>
public sealed class RelayRequestDialog : ComponentDialog
{
    private const string Steps = "relayRequest.steps";

    private readonly ITextLocalizer _texts;
    private readonly Relays _relays;
    private readonly ChatPresence _presence;

    public RelayRequestDialog(ITextLocalizer texts, Relays relays, ChatPresence presence, IdentifyFirmDialog identifyFirm, RelayMissedDialog missed)
        : base(nameof(RelayRequestDialog))
    {
        _texts = texts;
        _relays = relays;
        _presence = presence;
        AddDialog(identifyFirm);
        AddDialog(missed);
        AddDialog(new WaterfallDialog(Steps, [IdentifyFirmStepAsync, RequestStepAsync]));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> IdentifyFirmStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        await step.BeginDialogAsync(nameof(IdentifyFirmDialog), cancellationToken: ct);

    private async Task<DialogTurnResult> RequestStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (StateValues.To<long?>(step.Result) is not { } firmId)
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        var user = ChatUser.Of(step.Context);
        // Where the liaison's answers reach the firm: kept before the liaison can answer.
        await _presence.SaveAsync(user.ChannelId, user.UserId, ConversationReferences.Of(step.Context), ct);
        var relay = await _relays.RequestAsync(firmId, user.ChannelId, user.UserId, ct);
        if (relay.Status == Data.Handover.Relay.Missed)
        {
            return await step.ReplaceDialogAsync(nameof(RelayMissedDialog), relay.Id, ct);
        }
        var locale = Locales.Resolve(step.Context.Activity.Locale);
        var minutes = Math.Ceiling(_relays.Options.AcceptSeconds / 60);
        await step.Context.SendActivityAsync(MessageFactory.Text(_texts.Get(locale, "relay.waiting", relay.FirmName, relay.LiaisonName, minutes)), ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }
}
