using Microsoft.Bot.Schema;

namespace ZoneBot.Bot.Alerts;

/// <summary>
/// Delivers an alert into a chat as a proactive message, to the conversation a stored reference
/// points at. The bot's channel is <see cref="BotAlertChannel"/>; tests record instead.
/// </summary>
public interface IAlertChannel
{
    /// <exception cref="Exception">The channel refused or could not be reached: the dispatcher retries later.</exception>
    Task SendAsync(ConversationReference reference, IMessageActivity message, CancellationToken ct);
}

/// <summary>Posts an alert to a grid's group chat robot (the WeCom group-robot webhook).</summary>
public interface IWebhookChannel
{
    /// <exception cref="Exception">The webhook refused or could not be reached.</exception>
    Task SendAsync(string url, string text, CancellationToken ct);
}
