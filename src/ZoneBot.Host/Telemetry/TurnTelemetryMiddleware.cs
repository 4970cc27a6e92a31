using System.Diagnostics;
using Microsoft.Bot.Builder;
using ZoneBot.Data;
using ZoneBot.Data.Telemetry;

namespace ZoneBot.Host.Telemetry;

/// <summary>
/// One span per turn (the dialogs tag it with the dialog and the intent, see TurnTags) and the turn metrics, for
/// every channel that runs through the adapter.
/// </summary>
public sealed class TurnTelemetryMiddleware(ZoneBotMetrics metrics, TimeProvider time) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        // Both come from the client: anything unknown is "other", so that no one can flood the metrics with new series.
        var channel = Known(turnContext.Activity.ChannelId, Channels);
        var type = Known(turnContext.Activity.Type, Types);
        using var span = ZoneBotMetrics.Tracing.StartActivity("bot turn", ActivityKind.Internal);
        span?.SetTag("zonebot.channel", channel);
        span?.SetTag("zonebot.activity.type", type);
        var started = time.GetTimestamp();
        try
        {
            await next(cancellationToken);
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            metrics.TurnRan(channel, type, time.GetElapsedTime(started));
        }
    }

    private static readonly HashSet<string> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        "directline", "webchat", "emulator", "wecom", "wecomkf", "msteams", "cli", "terminal", "test",
    };

    private static readonly HashSet<string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        "message", "conversationUpdate", "event", "invoke", "typing", "endOfConversation", "installationUpdate",
    };

    private static string Known(string? value, HashSet<string> known) =>
        value is not null && known.TryGetValue(value, out var name) ? name : "other";
}
