using System.Data.Common;
using Microsoft.Extensions.Options;
using ZoneBot.Data;
using ZoneBot.Data.State;
using ZoneBot.Data.Turns;
using ZoneBot.DirectLine.Storage;

namespace ZoneBot.Host.Hosting;

/// <summary>
/// Deletes bot state idle past <see cref="StateOptions.IdleDays"/>, handled-activity records (with the replies kept for
/// retries) past <see cref="StateOptions.ProcessedActivityDays"/>, and the chat page's conversations past
/// <see cref="StateOptions.DirectLineDays"/> (unused ones past <see cref="StateOptions.UnstartedConversationHours"/>):
/// once at start, then hourly. With several instances each purges; the deletes are idempotent, so that costs nothing but a query.
/// </summary>
public sealed class StatePurge(
    BotStateStore state, ProcessedActivities processed, DirectLinePurge directLine, IOptions<StateOptions> options, TimeProvider time,
    ILogger<StatePurge> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

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
            var conversations = await directLine.PurgeAsync(
                now.AddDays(-options.Value.DirectLineDays), now.AddHours(-options.Value.UnstartedConversationHours), ct);
            logger.LogInformation("Purged {IdleStates} idle bot state(s), {Activities} handled activity record(s) and {Conversations} chat page conversation(s)",
                idle, handled, conversations);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            logger.LogWarning(exception, "Purging old bot state failed; trying again in {Interval}", Interval);
        }
    }
}
