using System.Data.Common;
using Microsoft.Extensions.Options;
using ZoneBot.Data;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// Deletes bot state idle past <see cref="StateOptions.IdleDays"/> and handled-activity records past
/// <see cref="StateOptions.ProcessedActivityDays"/>: once at start, then daily. With several instances each
/// purges; the deletes are idempotent, so that costs nothing but a query.
/// </summary>
public sealed class StatePurge(
    BotStateStore state, ProcessedActivities processed, IOptions<StateOptions> options, TimeProvider time, ILogger<StatePurge> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await PurgeOnceAsync(stoppingToken);
            await Task.Delay(Interval, time, stoppingToken);
        }
    }

    /// <summary>One purge; a database that does not answer is tried again at the next round, not fatal.</summary>
    public async Task PurgeOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        try
        {
            var idle = await state.PurgeIdleAsync(now.AddDays(-options.Value.IdleDays), ct);
            var handled = await processed.PurgeOlderThanAsync(now.AddDays(-options.Value.ProcessedActivityDays), ct);
            logger.LogInformation("Purged {IdleStates} idle bot state(s) and {Activities} handled activity record(s)", idle, handled);
        }
        catch (DbException exception)
        {
            logger.LogWarning(exception, "Purging old bot state failed; trying again in {Interval}", Interval);
        }
    }
}
