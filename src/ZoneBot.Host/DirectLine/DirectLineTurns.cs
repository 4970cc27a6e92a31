using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using ZoneBot.Data;
using ZoneBot.Dialogs;
using ZoneBot.Host.Bot;

namespace ZoneBot.Host.DirectLine;

/// <summary>
/// What a Direct Line client sends, on its way to the bot: the conversation's start (the bot is told the user
/// joined, which Web Chat never says itself) and each activity, logged with its server id before the bot runs so
/// that the replies can point at it (replyToId) and the client sees its own message come back (clientActivityID).
/// The server decides who the activity is from: the token's user, whatever the client wrote.
/// </summary>
public sealed class DirectLineTurns(
    ZoneBotAdapter adapter, IBot bot, DirectLineConversations conversations, DirectLineActivities log, IOptions<BotProfile> profile)
{
    // One turn at a time per conversation, as a channel delivers them: the dialog state is read and saved per turn.
    private readonly SemaphoreSlim[] _turnLocks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Tells the bot the user joined, the first time only (the bot greets them).</summary>
    /// <returns>true when this call started the conversation.</returns>
    public async Task<bool> StartAsync(DirectLineConversation conversation, string? locale, string serviceUrl)
    {
        if (!await conversations.TryStartAsync(conversation.Id, locale, CancellationToken.None))
        {
            return false;
        }
        var update = Address(new Activity(ActivityTypes.ConversationUpdate), conversation, locale ?? conversation.Locale, serviceUrl);
        update.Id = conversation.Id + "|start";
        update.MembersAdded = [update.Recipient, update.From];
        await RunTurnAsync(update);
        return true;
    }

    /// <summary>Logs what the client sent and lets the bot answer it; a message sent again (same clientActivityID) keeps its first id.</summary>
    /// <returns>The activity's server id.</returns>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity posted, string serviceUrl)
    {
        var activity = Address(Copy(posted), conversation, LocaleOrNull(posted.Locale) ?? conversation.Locale, serviceUrl);
        var clientActivityId = ClientActivityIdOf(activity);
        var turnLock = _turnLocks[(uint)StringComparer.Ordinal.GetHashCode(conversation.Id) % (uint)_turnLocks.Length];
        await turnLock.WaitAsync();
        try
        {
            if (clientActivityId is not null && await log.FindIdByClientActivityIdAsync(conversation.Id, clientActivityId) is { } known)
            {
                return known;
            }
            var logged = await log.AppendAsync(conversation.Id, clientActivityId, (id, now) =>
            {
                activity.Id = id;
                activity.Timestamp = now;
                return ActivityJson.Serialize(activity);
            }) ?? throw new InvalidOperationException($"Direct Line conversation {conversation.Id} is gone.");
            // The turn runs to its end even when the client leaves: the message is accepted once it is logged.
            await adapter.ProcessDirectLineActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
            return logged.ActivityId;
        }
        finally
        {
            turnLock.Release();
        }
    }

    private Task RunTurnAsync(Activity activity) =>
        adapter.ProcessDirectLineActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);

    /// <summary>The fields the server sets, whatever the client sent: ids, addresses, who it is from, when.</summary>
    private Activity Address(Activity activity, DirectLineConversation conversation, string? locale, string serviceUrl)
    {
        activity.ChannelId = DirectLineChannel.Id;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = DirectLineChannel.User(conversation.UserId);
        activity.Recipient = DirectLineChannel.Bot(profile.Value.DisplayName);
        activity.Locale = locale;
        return activity;
    }

    /// <summary>What a client may say: its words and files, its own id for the message, an event's name and value. Nothing else is taken.</summary>
    private static Activity Copy(Activity posted) => new()
    {
        Type = posted.Type,
        Text = posted.Text,
        TextFormat = posted.TextFormat,
        Attachments = posted.Attachments,
        ChannelData = posted.ChannelData,
        Entities = posted.Entities,
        LocalTimestamp = posted.LocalTimestamp,
        LocalTimezone = posted.LocalTimezone,
        Name = posted.Type == ActivityTypes.Event ? posted.Name : null,
        Value = posted.Type == ActivityTypes.Event ? posted.Value : null,
    };

    /// <summary>A locale as clients write them (zh-CN, en-US); null for anything else.</summary>
    public static string? LocaleOrNull(string? locale) =>
        locale is { Length: >= 2 and <= 20 } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? locale : null;

    private static string? ClientActivityIdOf(Activity activity) =>
        (activity.ChannelData as JObject)?["clientActivityID"] is JValue { Type: JTokenType.String } id && ((string?)id)?.Length is > 0 and <= 100
            ? (string?)id
            : null;
}
