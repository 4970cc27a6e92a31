using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Driving;

/// <summary>
/// C virtual users at once against one bot over HTTP, each in conversations of its own, through a workload's
/// scripts; a warm-up that is not counted, then a measured window, and a hard cap on the whole run.
/// </summary>
public sealed class LoadDriver(IReadOnlyList<FirmAccount> firms, TimeSpan warmup, TimeSpan duration)
{
    /// <summary>A turn slower than this is an error (a channel would have retried it long before).</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    // After the window, users finish the turn under way; anything still running then is cut off.
    private static readonly TimeSpan HardCapGrace = TimeSpan.FromSeconds(15);

    /// <param name="botCpu">The bot process's CPU time so far, read at the start and the end of the window.</param>
    public async Task<RunResult> RunAsync(string target, Uri bot, Workload workload, int users, Func<TimeSpan> botCpu, CancellationToken ct)
    {
        using var http = BotHttpClient.CreateHttp(bot, RequestTimeout);
        var client = new BotHttpClient(http);
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = RunClock.StartNow(warmup, duration);
        using var cap = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cap.CancelAfter(warmup + duration + HardCapGrace);

        var recorders = Enumerable.Range(0, users).Select(_ => new TurnRecorder(clock)).ToArray();
        var tasks = Enumerable.Range(0, users)
            .Select(user => Task.Run(() => UserAsync(client, workload, $"{run}-{user}", user, recorders[user], clock, cap.Token), CancellationToken.None));
        var cpu = WindowCpuAsync(clock, botCpu, cap.Token);
        await Task.WhenAll(tasks);
        ct.ThrowIfCancellationRequested();
        return RunResult.Merge(target, workload.Name, users, clock, recorders) with { BotCpu = await cpu };
    }

    private static async Task<TimeSpan> WindowCpuAsync(RunClock clock, Func<TimeSpan> botCpu, CancellationToken ct)
    {
        try
        {
            await Task.Delay(clock.Until(clock.MeasureFrom), ct);
            var from = botCpu();
            await Task.Delay(clock.Until(clock.MeasureUntil), ct);
            return botCpu() - from;
        }
        catch (OperationCanceledException)
        {
            return TimeSpan.Zero;
        }
    }

    private async Task UserAsync(BotHttpClient client, Workload workload, string userTag, int user, TurnRecorder recorder, RunClock clock, CancellationToken ct)
    {
        for (var iteration = 0; !clock.Over && !ct.IsCancellationRequested; iteration++)
        {
            var scenario = workload.Pick(user, iteration);
            var chat = new Conversation(client, recorder, clock, scenario.Name, $"bench-{userTag}-{iteration}", ct);
            try
            {
                await scenario.RunAsync(chat, workload.Input(firms, user, iteration));
                recorder.ConversationDone(RunClock.Now);
            }
            catch (RunOverException)
            {
                return;
            }
            catch (WrongReplyException wrong)
            {
                recorder.Error(scenario.Name, chat.LastTurnStarted, wrong.Message);
            }
            catch (HttpRequestException failed)
            {
                recorder.Error(scenario.Name, chat.LastTurnStarted, "HTTP: " + failed.Message);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                recorder.Error(scenario.Name, chat.LastTurnStarted, $"no reply within {RequestTimeout.TotalSeconds:0} s");
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
