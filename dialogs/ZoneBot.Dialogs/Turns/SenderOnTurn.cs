using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ZoneBot.Data.Turns;

namespace ZoneBot.Dialogs.Turns;

/// <summary>
/// Who is talking, as the turn's first round trip read it (the duplicate guard puts it here): the bot keeps the chat
/// references with it and the relay desk finds the open relay in it, without a read of their own. Absent (a turn not
/// opened through the guard), each reads for itself.
/// </summary>
public static class SenderOnTurn
{
    private const string Key = "ZoneBot.Sender";
    private const string RelayTakenKey = "ZoneBot.Sender.RelayTaken";

    /// <summary>
    /// Whose references and relay a turn reads before its dialog (the chat references, the relay desk): a message's
    /// or a conversation update's sender; null for other activities, which read none.
    /// </summary>
    public static TurnSenderKey? KeyOf(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate
            && !string.IsNullOrEmpty(activity.From?.Id) && !string.IsNullOrEmpty(activity.Conversation?.Id)
            ? new TurnSenderKey(activity.ChannelId ?? string.Empty, activity.From.Id)
            : null;
    }

    public static void Set(ITurnContext turn, TurnSender sender) => turn.TurnState[Key] = sender;

    /// <summary>Who is talking, when the turn read it; null when it did not.</summary>
    public static TurnSender? Get(ITurnContext turn) => turn.TurnState.Get<TurnSender>(Key);

    /// <summary>
    /// The open relay of <paramref name="key"/> read at the start of the turn, once: true with it (null for none) the
    /// first time; false when the turn did not read it, or after the first time, since the turn may have opened or ended
    /// one since.
    /// </summary>
    public static bool TryTakeOpenRelay(ITurnContext turn, TurnSenderKey key, out Data.Handover.Relay? relay)
    {
        relay = null;
        if (Get(turn) is not { } sender || sender.Key != key || turn.TurnState.ContainsKey(RelayTakenKey))
        {
            return false;
        }
        turn.TurnState[RelayTakenKey] = true;
        relay = sender.OpenRelay;
        return true;
    }
}
