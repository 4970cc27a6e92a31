namespace ZoneBot.Host.Hosting;

/// <summary>
/// A request whose body Kestrel gave up on (it trickled in below <c>MinRequestBodyDataRate</c>: 408; it broke off: 400)
/// gets that status and a short reason as ProblemDetails, wherever the body was being read, instead of a 500.
/// </summary>
public static class UnreadableBodies
{
    public static IApplicationBuilder UseUnreadableBodyAnswers(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            catch (BadHttpRequestException exception) when (!http.Response.HasStarted)
            {
                http.Response.Clear();
                await Results.Problem("The body could not be read: " + exception.Message, statusCode: exception.StatusCode).ExecuteAsync(http);
            }
        });
}
