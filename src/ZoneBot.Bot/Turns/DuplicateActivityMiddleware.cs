using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ZoneBot.Data;
using ZoneBot.Data.Turns;
using ZoneBot.Dialogs.Turns;

namespace ZoneBot.Bot.Turns;

/// <summary>
/// Channels retry an activity when a turn is slow (about 15 s), and may deliver the same one twice at
/// once. A message is handled once per id (Web Chat's <c>channelData.clientActivityID</c> when given,
/// else the activity id: <see cref="ActivityKeys"/>); a repeat gets the first delivery's replies again and changes nothing.
/// It also makes the turn's one durable write (<see cref="TurnCommits"/>): the first round trip reads whether the
/// activity was handled together with the conversation's state and who is talking (<see cref="SenderOnTurn"/>), and when
/// the turn ends its claim, the replies to replay, its state and whatever else was added to its <see cref="TurnWrites"/>
/// are committed in one transaction.
/// A turn that fails writes none of it, and its activity may be sent again (a ticket it filed is then found by that key, not filed again).
/// </summary>
public sealed partial class DuplicateActivityMiddleware(TurnCommits commits, ILogger<DuplicateActivityMiddleware> logger) : IMiddleware
{
    // An Activity has some fifty properties, a reply sets a handful: the rest is not written as nulls with every turn.
    private static readonly JsonSerializerSettings ReplayJson = new() { NullValueHandling = NullValueHandling.Ignore };

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var key = activity.Type == ActivityTypes.Message ? ActivityKeys.Of(activity) : null;
        var stateKey = ConversationStateKeyOf(activity);
        await using var turn = await commits.OpenAsync(key, stateKey, SenderOnTurn.KeyOf(activity), cancellationToken);
        if (turn.IsRepeat)
        {
            LogRepeat(logger, key!.ActivityId, key.ConversationId);
            await ReplayAsync(turnContext, turn.EarlierResult, cancellationToken);
            return;
        }

        var writes = new TurnWrites();
        if (stateKey is not null)
        {
            writes.Prefetched[stateKey] = turn.State;
        }
        if (turn.Sender is { } sender)
        {
            SenderOnTurn.Set(turnContext, sender);
        }
        turnContext.TurnState.Set(writes);
        TurnWrites.Current = writes;

        List<Activity>? replies = null;
        if (key is not null)
        {
            replies = [];
            turnContext.OnSendActivities(async (_, activities, nextSend) =>
            {
                replies.AddRange(activities.Where(reply => reply.Type == ActivityTypes.Message));
                return await nextSend();
            });
        }
        try
        {
            await next(cancellationToken);
        }
        catch
        {
            // Nothing of a failed turn is written: the error handler's reply goes out on its own, and the channel's retry runs anew.
            writes.Close();
            throw;
        }
        var result = replies is null ? null : JsonConvert.SerializeObject(replies.Select(Strip), ReplayJson);
        await turn.CommitAsync(result, writes.Close(), cancellationToken);
    }

    /// <summary>
    /// The storage key under which the dialogs' ConversationStore keeps this conversation ("{channel}/conversations/{id}"),
    /// read with the claim; null for activities that run no dialog (events of proactive turns).
    /// </summary>
    private static string? ConversationStateKeyOf(Activity activity) =>
        activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate
            && !string.IsNullOrEmpty(activity.ChannelId) && activity.Conversation?.Id is { Length: > 0 } conversationId
            ? $"{activity.ChannelId}/conversations/{conversationId}"
            : null;

    private static async Task ReplayAsync(ITurnContext turnContext, string? result, CancellationToken ct)
    {
        if (result is null)
        {
            return;
        }
        var replies = JsonConvert.DeserializeObject<List<Activity>>(result, ReplayJson) ?? [];
        foreach (var reply in replies)
        {
            reply.ApplyConversationReference(turnContext.Activity.GetConversationReference());
        }
        await turnContext.SendActivitiesAsync([.. replies], ct);
    }

    /// <summary>What is worth replaying: the content, not the ids and addresses of the first delivery.</summary>
    private static Activity Strip(Activity reply) => new()
    {
        Type = reply.Type,
        Text = reply.Text,
        TextFormat = reply.TextFormat,
        Locale = reply.Locale,
        InputHint = reply.InputHint,
        SuggestedActions = reply.SuggestedActions,
        Attachments = reply.Attachments,
        AttachmentLayout = reply.AttachmentLayout,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityKey} of conversation {ConversationId} delivered again; answering as before")]
    private static partial void LogRepeat(ILogger logger, string activityKey, string conversationId);
}
