using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace ZoneBot.Host.Bot;

public static class BotEndpoints
{
    /// <summary>POST /api/messages: the Bot Framework protocol, after a check of the body.</summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", async (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
        {
            var problem = await ActivityRequest.FindProblemAsync(http.Request, ct);
            if (problem is not null)
            {
                await Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
                return;
            }
            await adapter.ProcessAsync(http.Request, http.Response, bot, ct);
        });
        return app;
    }
}
