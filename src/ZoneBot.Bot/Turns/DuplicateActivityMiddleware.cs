using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZoneBot.Data;

namespace ZoneBot.Bot.Turns;

/// <summary>
/// Channels retry an activity when a turn is slow (about 15 s), and may deliver the same one twice at
/// once. A message is handled once per id (Web Chat's <c>channelData.clientActivityID</c> when given,
/// else the activity id); a repeat gets the first delivery's replies again and changes nothing.
/// </summary>
public sealed class DuplicateActivityMiddleware(ProcessedActivities processed, ILogger<DuplicateActivityMiddleware> logger) : IMiddleware
{
    private static readonly TimeSpan WaitForFirstDelivery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var activityKey = KeyOf(activity);
        if (activity.Type != ActivityTypes.Message || activityKey is null || activity.Conversation?.Id is not { } conversationId)
        {
            await next(cancellationToken);
            return;
        }
        var channelId = activity.ChannelId ?? string.Empty;
        if (!await processed.TryClaimAsync(channelId, conversationId, activityKey, cancellationToken))
        {
            logger.LogInformation("Activity {ActivityKey} of conversation {ConversationId} delivered again; answering as before", activityKey, conversationId);
            await ReplayAsync(turnContext, channelId, conversationId, activityKey, cancellationToken);
            return;
        }

        var replies = new List<Activity>();
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            replies.AddRange(activities.Where(reply => reply.Type == ActivityTypes.Message));
            return await nextSend();
        });
        try
        {
            await next(cancellationToken);
        }
        catch
        {
            // Let the channel's retry handle it properly.
            await processed.ReleaseAsync(channelId, conversationId, activityKey, CancellationToken.None);
            throw;
        }
        await processed.CompleteAsync(channelId, conversationId, activityKey, JsonConvert.SerializeObject(replies.Select(Strip)), cancellationToken);
    }

    private async Task ReplayAsync(ITurnContext turnContext, string channelId, string conversationId, string activityKey, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        string? result;
        while ((result = await processed.FindResultAsync(channelId, conversationId, activityKey, ct)) is null && waited.Elapsed < WaitForFirstDelivery)
        {
            await Task.Delay(PollInterval, ct);
        }
        if (result is null)
        {
            return;
        }
        var replies = JsonConvert.DeserializeObject<List<Activity>>(result) ?? [];
        foreach (var reply in replies)
        {
            reply.ApplyConversationReference(turnContext.Activity.GetConversationReference());
        }
        await turnContext.SendActivitiesAsync([.. replies], ct);
    }

    private static string? KeyOf(Activity activity) =>
        (activity.ChannelData as JObject)?["clientActivityID"]?.Value<string>() is { Length: > 0 } clientId ? "client:" + clientId : activity.Id;

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
}
