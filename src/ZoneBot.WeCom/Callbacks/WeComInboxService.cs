using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ZoneBot.Data.WeCom;

namespace ZoneBot.WeCom.Callbacks;

/// <summary>
/// Runs the queued callbacks through the bot, one at a time per slot of <see cref="WeComInbox"/>.
/// Once a day it forgets the keys of callbacks older than a few days: WeCom retries within seconds.
/// </summary>
public sealed class WeComInboxService(
    WeComInbox inbox, WeComTurns turns, WeComReceivedMessages received, TimeProvider time, ILogger<WeComInboxService> logger) : BackgroundService
{
    private static readonly TimeSpan KeepReceived = TimeSpan.FromDays(3);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll([.. Enumerable.Range(0, WeComInbox.Slots).Select(slot => RunSlotAsync(slot, stoppingToken)), PurgeDailyAsync(stoppingToken)]);

    private async Task PurgeDailyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
        try
        {
            do
            {
                try
                {
                    await received.PurgeAsync(time.GetUtcNow() - KeepReceived, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Old WeCom callback keys could not be purged; trying again tomorrow");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

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
