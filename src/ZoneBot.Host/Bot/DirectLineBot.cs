using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using ZoneBot.Dialogs;
using ZoneBot.DirectLine.Turns;

namespace ZoneBot.Host.Bot;

/// <summary>
/// The bot lent to ZoneBot's own Direct Line: a turn on an activity whose token the Direct Line checked runs through the
/// same adapter and bot as every channel, started the way a proactive one is, as the bot itself (there is no channel's
/// JWT to check). The replies come back through the Direct Line's own middleware.
/// </summary>
public sealed class DirectLineBot(BotAdapter adapter, IBot bot, IOptions<BotProfile> profile, IConfiguration configuration) : IDirectLineBot
{
    public string DisplayName => profile.Value.DisplayName;

    public Task RunTurnAsync(Activity activity, CancellationToken ct)
    {
        var appId = configuration["MicrosoftAppId"] ?? string.Empty;
        var identity = new ClaimsIdentity(
            [new Claim(AuthenticationConstants.AudienceClaim, appId), new Claim(AuthenticationConstants.AppIdClaim, appId)]);
        return adapter.ContinueConversationAsync(identity, activity, audience: null!, bot.OnTurnAsync, ct);
    }
}
