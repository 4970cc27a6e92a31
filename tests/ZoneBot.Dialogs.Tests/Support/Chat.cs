using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ZoneBot.Dialogs.Tests.Support;

/// <summary>
/// One user's conversation with the bot through the Bot Framework's TestAdapter: say something,
/// get the bot's replies of that turn. Reads like the chat it tests.
/// </summary>
public sealed class Chat
{
    private readonly IBot _bot;
    private readonly TestAdapter _adapter;
    private readonly string _locale;

    /// <summary>A bot as an adapter runs it: the bot and the middleware before it.</summary>
    public sealed record Bot(IBot Handler, params IMiddleware[] Middleware);

    public Chat(Bot bot, string locale)
        : this(bot, locale, TestAdapter.CreateConversation("chat-" + NewId(), "user-" + NewId(), "bot"))
    {
    }

    private Chat(Bot bot, string locale, ConversationReference conversation)
    {
        _bot = bot.Handler;
        _locale = locale;
        _adapter = new TestAdapter(conversation) { Locale = locale };
        foreach (var step in bot.Middleware)
        {
            _adapter.Use(step);
        }
    }

    public string UserId => _adapter.Conversation.User.Id;

    public string ChannelId => _adapter.Conversation.ChannelId;

    /// <summary>The same user in the same conversation, now talking to <paramref name="bot"/> (another instance).</summary>
    public Chat ContinueWith(Bot bot) => new(bot, _locale, _adapter.Conversation);

    public string ConversationId => _adapter.Conversation.Conversation.Id;

    /// <summary>Where proactive messages reach this chat, as the bot stores it.</summary>
    public string Reference
    {
        get
        {
            var reference = _adapter.Conversation;
            return Newtonsoft.Json.JsonConvert.SerializeObject(new ConversationReference
            {
                Locale = _locale, User = reference.User, Bot = reference.Bot, Conversation = reference.Conversation,
                ChannelId = reference.ChannelId, ServiceUrl = reference.ServiceUrl,
            });
        }
    }

    /// <summary>The bot's replies to <paramref name="text"/>, joined into one text.</summary>
    public async Task<string> SayAsync(string text) => Texts(await SendAsync(MessageFactory.Text(text)));

    public async Task<IReadOnlyList<IMessageActivity>> SendAsync(IActivity activity)
    {
        var sent = (Activity)activity;
        sent.Locale ??= _locale;
        // As Web Chat does: an id of the client's own, which stays unique when another adapter (starting
        // its activity ids from the beginning again) continues the conversation.
        sent.ChannelData ??= new JObject { ["clientActivityID"] = NewId() };
        await _adapter.ProcessActivityAsync(sent, _bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (_adapter.ActiveQueue.Count > 0)
        {
            if (_adapter.GetNextReply() is IMessageActivity message)
            {
                replies.Add(message);
            }
        }
        return replies;
    }

    /// <summary>Says something and returns the titles of the suggested actions of the replies.</summary>
    public async Task<IReadOnlyList<string>> ButtonsAfterAsync(string text) =>
        [.. (await SendAsync(MessageFactory.Text(text))).SelectMany(reply => reply.SuggestedActions?.Actions ?? []).Select(action => action.Title)];

    public static string Texts(IEnumerable<IMessageActivity> replies) =>
        string.Join("\n", replies.Select(reply => reply.Text).Where(text => !string.IsNullOrEmpty(text)));

    private static string NewId() => Guid.NewGuid().ToString("N")[..8];
}
