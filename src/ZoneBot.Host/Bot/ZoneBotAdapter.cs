using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using ZoneBot.Dialogs.Core;
using ZoneBot.Bot.State;
using ZoneBot.Bot.Turns;

namespace ZoneBot.Host.Bot;

/// <summary>
/// The Bot Framework adapter with one constructor (CloudAdapter's two confuse the DI container),
/// the duplicate-delivery guard, and an error handler: log the exception, tell the user in their language, keep the last saved state
/// so the conversation can go on from where it was. A turn that lost a race for the conversation's state (two messages of one
/// conversation handled at once, maybe by two instances) saved nothing; the duplicate guard has released its activity, and the
/// user is asked to send the message again, which then runs on the winner's state.
/// It runs every registered middleware after the duplicate guard: a channel of our own (WeCom, the Direct Line) sends its
/// conversations' messages through one.
/// </summary>
public sealed class ZoneBotAdapter : CloudAdapter
{
    public ZoneBotAdapter(
        BotFrameworkAuthentication auth, ITextLocalizer texts, DuplicateActivityMiddleware duplicates,
        ClientAddressMiddleware clientAddress, ILogger<ZoneBotAdapter> logger,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> channelMiddleware)
        : base(auth, logger)
    {
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
    /// What <see cref="CloudAdapter.ProcessAsync"/> does for a POST, on an activity already read (<see cref="ActivityRequest"/>)
    /// instead of reading and parsing the body a second time: authenticate the caller and run the turn, answer 401 to a
    /// caller the channel's authentication refuses, and write the invoke or expect-replies response (<see cref="TurnResponse"/>).
    /// </summary>
    public async Task ProcessAsync(Activity activity, HttpRequest request, HttpResponse response, IBot bot, CancellationToken ct)
    {
        try
        {
            var invokeResponse = await ProcessActivityAsync(request.Headers.Authorization, activity, bot.OnTurnAsync, ct);
            await TurnResponse.WriteAsync(response, invokeResponse, ct);
        }
        catch (UnauthorizedAccessException)
        {
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }
}
