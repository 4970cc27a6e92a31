namespace ZoneBot.Benchmarks.Driving;

/// <summary>
/// The channel's side of the Bot Framework protocol, for what the bot sends on its own: the officers' ticket alerts
/// (POST /v3/conversations/{id}/activities). The driver's activities name it as their serviceUrl, so alerts are
/// delivered and cost what a delivery costs, instead of failing at a closed port and being retried under the load
/// being measured. It answers as the channel does (200, the new activity's id) and counts what it received.
/// </summary>
public static class ChannelService
{
    private static readonly Lazy<string> Started = new(Start);
    private static long _received;

    /// <summary>The serviceUrl the driver's activities carry; the service starts on first use.</summary>
    public static string Url => Started.Value;

    /// <summary>Activities the bot sent to conversations on its own since the process started.</summary>
    public static long Received => Interlocked.Read(ref _received);

    private static string Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpRequest request) =>
        {
            // Read to the end, as a channel does; what the bot said is not checked here (the tests do that).
            await request.Body.CopyToAsync(Stream.Null);
            var id = Interlocked.Increment(ref _received);
            return Results.Json(new { id = $"alert-{id}" });
        });
        app.StartAsync().GetAwaiter().GetResult();
        return app.Urls.First();
    }
}
