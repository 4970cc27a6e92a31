using Microsoft.Extensions.Options;
using ZoneBot.Bot.Alerts;
using ZoneBot.Data;
using ZoneBot.Data.Alerts;
using ZoneBot.Data.Telemetry;
using ZoneBot.Domain;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// Delivers the outbox in the background: a look every <see cref="AlertOptions.PollInterval"/>, at once
/// again while looks keep finding alerts. All state is in the database, so stopping at any point loses
/// nothing; several instances may run side by side (claims are atomic).
/// It beats a <see cref="DispatcherHeartbeat"/> at every look (readiness) and counts the outbox for the gauges.
/// </summary>
public sealed class AlertDispatchService(
    AlertDispatcher dispatcher, IOptions<AlertOptions> options, DispatcherHeartbeat heartbeat, Database database, ZoneBotMetrics metrics,
    ILogger<AlertDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await DispatchUntilStoppedAsync(stoppingToken);
        }
        finally
        {
            heartbeat.Stop();
        }
    }

    private async Task DispatchUntilStoppedAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        logger.LogInformation("Alert dispatcher started: a look every {Interval}", settings.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            heartbeat.Beat();
            int claimed;
            try
            {
                claimed = await dispatcher.DispatchDueAsync(stoppingToken);
                metrics.OutboxLooked(await OutboxDepth.ReadAsync(database, stoppingToken));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // The database may be briefly unavailable: try again at the next look.
                logger.LogError(exception, "The alert dispatcher could not look at the outbox");
                claimed = 0;
            }
            if (claimed < settings.BatchSize)
            {
                try
                {
                    await Task.Delay(settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }
}
