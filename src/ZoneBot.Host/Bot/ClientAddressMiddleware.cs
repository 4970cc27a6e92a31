using Microsoft.Bot.Builder;
using ZoneBot.Bot.Turns;
using ZoneBot.Dialogs.Turns;

namespace ZoneBot.Host.Bot;

/// <summary>
/// Tells the turn where its message came from: the address of the HTTP request that carries it (on
/// /api/messages and on the Direct Line alike, both run the turn inside the request; behind a proxy, the
/// forwarded-headers middleware has put the client's address there). The dialogs pass it on as a plain
/// string, to limit code guessing per address.
/// </summary>
public sealed class ClientAddressMiddleware(IHttpContextAccessor http) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ClientAddress.Set(turnContext, http.HttpContext?.Connection.RemoteIpAddress?.ToString());
        return next(cancellationToken);
    }
}
