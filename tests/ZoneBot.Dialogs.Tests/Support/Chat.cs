using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

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

    public Chat(IBot bot, string locale, params IMiddleware[] middleware)
    {
        _bot = bot;
        _locale = locale;
        var id = Guid.NewGuid().ToString("N")[..8];
        _adapter = new TestAdapter(TestAdapter.CreateConversation("chat-" + id, "user-" + id, "bot")) { Locale = locale };
        foreach (var step in middleware)
        {
            _adapter.Use(step);
        }
    }

    public string UserId => _adapter.Conversation.User.Id;

    public string ChannelId => _adapter.Conversation.ChannelId;

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
}
