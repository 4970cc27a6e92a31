using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core;
using ZoneBot.Bot.State;
using ZoneBot.Bot.Turns;
using ZoneBot.Host.DirectLine;

namespace ZoneBot.Host.Bot;

/// <summary>
/// The Bot Framework adapter with one constructor (CloudAdapter's two confuse the DI container),
/// the duplicate-delivery guard, and an error handler: log the exception, tell the user in their language, keep the last saved state
/// so the conversation can go on from where it was. A turn that lost a race for the conversation's state (two messages of one
/// conversation handled at once, maybe by two instances) saved nothing; the duplicate guard has released its activity, and the
/// user is asked to send the message again, which then runs on the winner's state.
/// It also carries ZoneBot's own Direct Line both ways (see DirectLine/), and runs every registered middleware after the
/// duplicate guard: a channel of our own (WeCom) sends its conversations' messages through one.
/// </summary>
public sealed class ZoneBotAdapter : CloudAdapter
{
    private readonly DirectLineDelivery _directLine;
    private readonly string _appId;

    public ZoneBotAdapter(
        BotFrameworkAuthentication auth, ITextLocalizer texts, DuplicateActivityMiddleware duplicates, DirectLineDelivery directLine,
        ClientAddressMiddleware clientAddress, IConfiguration configuration, ILogger<ZoneBotAdapter> logger,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> channelMiddleware)
        : base(auth, logger)
    {
        _directLine = directLine;
        _appId = configuration["MicrosoftAppId"] ?? string.Empty;
        // Cleaned before the duplicate guard keeps the turn, so that nothing else ever sees the raw text.
        Use(new PlainTextMiddleware());
        Use(clientAddress);
        Use(duplicates);
        foreach (var middleware in channelMiddleware)
        {
            Use(middleware);
        }
        OnTurnError = async (turnContext, exception) =>
        {
            var locale = Locales.Resolve(turnContext.Activity.Locale);
            if (exception is ETagConflictException)
            {
                logger.LogWarning("Turn for activity {ActivityId} lost the state of conversation {ConversationId} to a concurrent turn; asking to resend",
                    turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
                await turnContext.SendActivityAsync(texts.Get(locale, "error.conflict"));
                return;
            }
            logger.LogError(exception, "Turn failed for activity {ActivityId} in conversation {ConversationId}",
                turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
            await turnContext.SendActivityAsync(texts.Get(locale, "error.generic"));
        };
    }

    /// <summary>
    /// Runs the bot on an activity of ZoneBot's own Direct Line, whose token was checked already: the turn is started
    /// the way a proactive one is, as the bot itself, since there is no channel's JWT to check.
    /// </summary>
    public Task ProcessDirectLineActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken ct) =>
        ProcessProactiveAsync(CreateClaimsIdentity(_appId), activity, audience: null!, callback, ct);

    /// <summary>Into our Direct Line's activity log when the conversation is one of ours; through the channel otherwise.</summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
        await _directLine.TrySendAsync(turnContext, activities, cancellationToken)
        ?? await base.SendActivitiesAsync(turnContext, activities, cancellationToken);
}
