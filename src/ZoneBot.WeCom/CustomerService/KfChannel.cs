using System.Collections.Concurrent;

namespace ZoneBot.WeCom.CustomerService;

/// <summary>
/// WeChat customer service (微信客服) as the bot sees it: channel <c>wecomkf</c>, the customer's external_userid as
/// from.id, a conversation per customer-service account and customer. WeCom lets an account answer a customer only
/// within 48 hours of the customer's last message, and at most 5 messages per message of theirs: the window is kept
/// here, per conversation, as the customer's messages arrive.
/// </summary>
public sealed class KfChannel(TimeProvider time)
{
    public const string Id = "wecomkf";
    public const int RepliesPerMessage = 5;
    public static readonly TimeSpan Window = TimeSpan.FromHours(48);

    private readonly ConcurrentDictionary<string, (DateTimeOffset LastMessageAt, int Replies)> _windows = new();

    public static string ConversationId(string openKfId, string externalUserId) => $"{openKfId}:{externalUserId}";

    /// <summary>The account of a conversation id (the part before the first colon).</summary>
    public static string OpenKfIdOf(string conversationId) => conversationId[..conversationId.IndexOf(':', StringComparison.Ordinal)];

    /// <summary>The customer wrote: a new window of 48 hours and 5 replies.</summary>
    public void CustomerWrote(string conversationId, DateTimeOffset at) => _windows[conversationId] = (at, 0);

    /// <returns>How many more messages may be sent now; 0 when the window is closed or used up.</returns>
    public int RepliesLeft(string conversationId) =>
        _windows.TryGetValue(conversationId, out var window) && time.GetUtcNow() - window.LastMessageAt < Window
            ? RepliesPerMessage - window.Replies
            : 0;

    public void Replied(string conversationId) =>
        _windows.AddOrUpdate(conversationId, _ => (DateTimeOffset.MinValue, RepliesPerMessage), (_, window) => (window.LastMessageAt, window.Replies + 1));
}
