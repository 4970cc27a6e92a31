using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using ZoneBot.Data;
using ZoneBot.Data.Handover;
using ZoneBot.Data.Turns;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Firms;
using ZoneBot.Dialogs.Officers;
using ZoneBot.Dialogs.Safety;
using ZoneBot.Dialogs.Tickets;
using ZoneBot.Dialogs.Turns;

namespace ZoneBot.Dialogs.Relay;

/// <summary>
/// Both ends of 转人工, read from the database at the start of each turn (so a restart changes nothing):
/// <list type="bullet">
/// <item>a liaison with a relay in progress: what they type goes to the firm, 结束 ends it; 接入 accepts the
/// oldest request waiting for them;</item>
/// <item>a firm's user with a relay: while it waits, their words are kept and they are asked to wait (after
/// the time allowed: <see cref="RelayMissedDialog"/>); once accepted, their words go to the liaison with the
/// firm's name; 结束 ends it;</item>
/// <item>at rest, 登记 after a missed relay files what they said as a ticket.</item>
/// </list>
/// Returns null when the message is not the relay's, so the dialogs get it.
/// </summary>
public sealed class RelayDesk(Relays relays, SafetyWords words, ITextLocalizer texts, TimeProvider time, ILogger<RelayDesk> logger)
{
    public const string Firm = "firm";
    public const string Liaison = "liaison";

    /// <summary>The message was the relay's and is answered: no dialog was begun (in a flow, the flow waits on).</summary>
    public static DialogTurnResult Handled { get; } = new(DialogTurnStatus.Waiting);

    /// <param name="dc">The main dialog's context.</param>
    /// <param name="inFlow">The user is inside a flow: a dialog this begins replaces it.</param>
    public async Task<DialogTurnResult?> HandleAsync(DialogContext dc, bool inFlow, CancellationToken ct)
    {
        var turn = dc.Context;
        var text = turn.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (OfficerOnTurn.Get(turn) is { } officer && await LiaisonAsync(turn, officer.Id, text, ct) is { } handled)
        {
            return handled;
        }
        var user = ChatUser.Of(turn);
        // Read with the turn's first round trip, unless this turn asks a second time.
        var relay = SenderOnTurn.TryTakeOpenRelay(turn, new TurnSenderKey(user.ChannelId, user.UserId), out var read)
            ? read
            : await relays.OpenForUserAsync(user.ChannelId, user.UserId, ct);
        if (relay is not null)
        {
            return await FirmAsync(dc, relay, text, inFlow, ct);
        }
        if (!inFlow && words.Matches(SafetyWords.RelayFile, text) && await relays.RecentlyMissedAsync(user.ChannelId, user.UserId, ct) is { } missed)
        {
            var seed = await RelayMissedDialog.SeedAsync(relays, texts, Locale(turn), missed.Id, ct);
            return await dc.BeginDialogAsync(nameof(FileIssueDialog), seed, ct);
        }
        return null;
    }

    private async Task<DialogTurnResult?> LiaisonAsync(ITurnContext turn, long officerId, string text, CancellationToken ct)
    {
        var locale = Locale(turn);
        var active = await relays.ActiveForLiaisonAsync(officerId, ct);
        if (active is not null)
        {
            if (words.Matches(SafetyWords.End, text))
            {
                await relays.EndAsync(active, Liaison, ct);
                logger.LogInformation("Relay {RelayId} ended by the liaison", active.Id);
                await SayAsync(turn, texts.Get(locale, "relay.ended.liaison", active.FirmName), ct);
            }
            else
            {
                await relays.SayAsync(active, Liaison, text, ct);
            }
            return Handled;
        }
        if (!words.Matches(SafetyWords.Accept, text))
        {
            return null;
        }
        var accepted = await relays.AcceptAsync(officerId, ct);
        if (accepted is not null)
        {
            logger.LogInformation("Relay {RelayId} accepted by officer {OfficerId}", accepted.Id, officerId);
        }
        await SayAsync(turn, accepted is null ? texts.Get(locale, "relay.nothingWaiting") : texts.Get(locale, "relay.accepted", accepted.FirmName), ct);
        return Handled;
    }

    private async Task<DialogTurnResult> FirmAsync(DialogContext dc, Data.Handover.Relay relay, string text, bool inFlow, CancellationToken ct)
    {
        var turn = dc.Context;
        var locale = Locale(turn);
        if (relay.Status == Data.Handover.Relay.Waiting && relay.RequestedAt + relays.Options.AcceptWithin <= time.GetUtcNow())
        {
            // Told here, in their own turn, rather than by the sweep's alert.
            await relays.SayAsync(relay, Firm, text, ct);
            await relays.ExpireAsync(notify: false, relay.Id, ct);
            if (inFlow)
            {
                await dc.CancelAllDialogsAsync(cancelParents: false, cancellationToken: ct);
            }
            return await dc.BeginDialogAsync(nameof(RelayMissedDialog), relay.Id, ct);
        }
        if (words.Matches(SafetyWords.End, text))
        {
            await relays.EndAsync(relay, Firm, ct);
            logger.LogInformation("Relay {RelayId} ended by the firm", relay.Id);
            await SayAsync(turn, texts.Get(locale, relay.Status == Data.Handover.Relay.Active ? "relay.ended.firm" : "relay.cancelled"), ct);
            return Handled;
        }
        var passedOn = await relays.SayAsync(relay, Firm, text, ct);
        if (!passedOn)
        {
            await SayAsync(turn, texts.Get(locale, "relay.stillWaiting", relay.LiaisonName), ct);
        }
        return Handled;
    }

    private static Task SayAsync(ITurnContext turn, string text, CancellationToken ct) =>
        turn.SendActivityAsync(MessageFactory.Text(text), ct);

    private static string Locale(ITurnContext turn) => Locales.Resolve(turn.Activity.Locale);
}
