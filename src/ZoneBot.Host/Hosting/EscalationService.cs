using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Telemetry;
using ZoneBot.Data.Tickets;
using ZoneBot.Domain;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// The deadlines watch in the background: every <see cref="EscalationOptions.SweepInterval"/> it raises
/// the escalations that are due (<see cref="TicketEscalations"/>, and overdue rectifications: <see cref="InspectionEscalations"/>);
/// each is raised once, however often it runs.
/// </summary>
public sealed class EscalationService(
    TicketEscalations escalations, InspectionEscalations inspections, IOptions<EscalationOptions> options, ZoneBotMetrics metrics,
    ILogger<EscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval;
        logger.LogInformation("Deadlines watch started: a sweep every {Interval}", interval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var raised = await escalations.SweepAsync(stoppingToken) + await inspections.SweepAsync(stoppingToken);
                if (raised > 0)
                {
                    logger.LogInformation("{Raised} escalation(s) raised", raised);
                    metrics.EscalationsRaised(raised);
                }
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The deadlines watch could not sweep");
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
