using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ZoneBot.WeCom.Callbacks;

/// <summary>Runs the queued callbacks through the bot, one at a time per slot of <see cref="WeComInbox"/>.</summary>
public sealed class WeComInboxService(WeComInbox inbox, WeComTurns turns, ILogger<WeComInboxService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, WeComInbox.Slots).Select(slot => RunSlotAsync(slot, stoppingToken)));

    private async Task RunSlotAsync(int slot, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var callback in inbox.Reader(slot).ReadAllAsync(stoppingToken))
            {
                try
                {
                    await turns.RunAsync(callback, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(exception, "WeCom {MsgType} callback {Key} failed", callback.Message.MsgType, callback.Message.Key);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
