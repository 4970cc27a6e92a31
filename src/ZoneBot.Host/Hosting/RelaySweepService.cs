using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Data.Handover;
using ZoneBot.Domain;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// 转人工's clock: every <see cref="RelayOptions.SweepInterval"/> the requests no liaison accepted within
/// <see cref="RelayOptions.AcceptWithin"/> are marked missed and the firm is told (an alert) whom to call and
/// that it may file a ticket. The state is in the database, so a restart only delays the sweep.
/// </summary>
public sealed class RelaySweepService(Relays relays, IOptions<RelayOptions> options, ILogger<RelaySweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var missed = await relays.ExpireAsync(notify: true, ct: stoppingToken);
                foreach (var relay in missed)
                {
                    logger.LogInformation("Relay {RelayId} was not accepted in time: the firm is told how else to reach a person", relay.Id);
                }
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The relay sweep failed");
                try
                {
                    await Task.Delay(interval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }
}
