using Microsoft.Bot.Builder;
using ZoneBot.Host.Hosting;

namespace ZoneBot.Host.Bot;

public static class BotEndpoints
{
    /// <summary>POST /api/messages: the Bot Framework protocol, after a check of the body and of the sender's rate.</summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", async (HttpContext http, ZoneBotAdapter adapter, IBot bot, SenderRateLimiter senders, CancellationToken ct) =>
        {
            var check = await ActivityRequest.ReadAsync(http.Request, ct);
            if (check.Problem is not null)
            {
                await Results.Problem(check.Problem, statusCode: check.StatusCode).ExecuteAsync(http);
                return;
            }
            if (!senders.TryAcquire(check.Sender!, http.Response))
            {
                return;
            }
            await adapter.ProcessAsync(check.Activity!, http.Request, http.Response, bot, ct);
        });
        return app;
    }
}
