using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ZoneBot.DirectLine.Endpoints;
using ZoneBot.DirectLine.Storage;

namespace ZoneBot.DirectLine.Turns;

/// <summary>
/// What a Direct Line client sends, on its way to the bot: the conversation's start (the bot is told the user
/// joined, which Web Chat never says itself) and each activity, logged with its server id before the bot runs so
/// that the replies can point at it (replyToId) and the client sees its own message come back (clientActivityID).
/// The server decides who the activity is from: the token's user, whatever the client wrote.
/// Turns of one conversation are not serialised here: the activity log's order is the database's (see
/// <see cref="DirectLineActivities"/>), and two turns racing for the conversation's state are told apart by its eTag, as on
/// /api/messages, whichever instance runs them.
/// </summary>
public sealed class DirectLineTurns(IDirectLineBot bot, DirectLineConversations conversations, DirectLineActivities log)
{
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
        var logged = await log.AppendFromClientAsync(conversation.Id, ClientActivityIdOf(activity), (id, now) =>
        {
            activity.Id = id;
            activity.Timestamp = now;
            return ActivityJson.Serialize(activity);
        }) ?? throw new InvalidOperationException($"Direct Line conversation {conversation.Id} is gone.");
        if (!logged.IsRepeat)
        {
            // The turn runs to its end even when the client leaves: the message is accepted once it is logged.
            await RunTurnAsync(activity);
        }
        return logged.Activity.ActivityId;
    }

    private Task RunTurnAsync(Activity activity) => bot.RunTurnAsync(activity, CancellationToken.None);

    /// <summary>The fields the server sets, whatever the client sent: ids, addresses, who it is from, when.</summary>
    private Activity Address(Activity activity, DirectLineConversation conversation, string? locale, string serviceUrl)
    {
        activity.ChannelId = DirectLineChannel.Id;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = DirectLineChannel.User(conversation.UserId);
        activity.Recipient = DirectLineChannel.Bot(bot.DisplayName);
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
