using Microsoft.Bot.Schema;

namespace ZoneBot.DirectLine.Turns;

/// <summary>
/// The bot as the Direct Line needs it, lent by the host: its name, and a turn run on an activity whose token was
/// checked. The Direct Line knows no dialogs; the host runs the turn through its adapter, whose middleware (among it
/// <see cref="Delivery.DirectLineDelivery"/>) brings the replies back into the conversation's log.
/// </summary>
public interface IDirectLineBot
{
    /// <summary>The bot's name as clients show it.</summary>
    string DisplayName { get; }

    Task RunTurnAsync(Activity activity, CancellationToken ct);
}
