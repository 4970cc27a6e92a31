using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using ZoneBot.Dialogs.Core;
using ZoneBot.Dialogs.Turns;

namespace ZoneBot.Host.Bot;

/// <summary>
/// The Bot Framework adapter with one constructor (CloudAdapter's two confuse the DI container),
/// the duplicate-delivery guard, and an error handler: log the exception, tell the user in their language, keep the last saved state
/// so the conversation can go on from where it was.
/// </summary>
public sealed class ZoneBotAdapter : CloudAdapter
{
    public ZoneBotAdapter(
        BotFrameworkAuthentication auth, ITextLocalizer texts, DuplicateActivityMiddleware duplicates, ILogger<ZoneBotAdapter> logger)
        : base(auth, logger)
    {
        Use(duplicates);
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Turn failed for activity {ActivityId} in conversation {ConversationId}",
                turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
            var locale = Locales.Resolve(turnContext.Activity.Locale);
            await turnContext.SendActivityAsync(texts.Get(locale, "error.generic"));
        };
    }
}
