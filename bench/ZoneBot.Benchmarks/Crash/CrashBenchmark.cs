using System.Diagnostics;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Processes;
using ZoneBot.Benchmarks.Reporting;
using ZoneBot.Benchmarks.Scenarios;

namespace ZoneBot.Benchmarks.Crash;

/// <summary>
/// The crash test (issue 15): the real host as a child process, several users filing tickets (报事, every reply
/// checked, every ticket number they receive written down), then kill -9 of the host in the middle of the load; the
/// host is started again on the same database, must serve a filing again, and the database must hold every number a
/// user was sent and nothing half-written (<see cref="CrashCheck"/>). Exit 3 when a check fails.
/// </summary>
public sealed class CrashBenchmark(CrashOptions options, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        Machine.PrintHeader(output, "crash");
        var database = options.Postgres is { } postgres
            ? await BenchDatabase.CreatePostgresAsync(postgres, "crash", ct)
            : await BenchDatabase.CreateSqliteAsync(options.WorkFolder, "crash", ct);
        var firms = await database.FirmsAsync(ct);
        var launcher = new BotProcesses(options.HostSettings);
        var ledger = new TicketLedger();
        var support = await ScenarioSupport.PrepareAsync(database, firms, 1, ct) with { Filed = ledger };
        var filing = ZoneBotScenarios.Filing with { Support = support };
        output.WriteLine($"Database: {database.Label}{(database.Provider == "sqlite" ? " (the host's synchronous mode: FULL unless a host setting says otherwise)" : string.Empty)}; host settings: {(options.HostSettings.Count == 0 ? "none" : string.Join(" ", options.HostSettings))}");
        output.WriteLine($"{options.Users} users file tickets (报事); kill -9 of the host once {options.KillAfterTickets} ticket numbers reached users, within {options.KillWithin.TotalSeconds:0.#} s after");

        var killedAfter = await LoadAndKillAsync(launcher, database, firms, filing, ledger, ct);
        var sentBeforeKill = ledger.Numbers;
        output.WriteLine($"Killed the host {killedAfter.TotalSeconds:0.0} s into the load, {sentBeforeKill.Count} ticket numbers sent to users by then");

        // Restarted on the same database: it must come up and file again (the next number must not collide).
        var restarted = new List<Verdict>();
        var watch = Stopwatch.StartNew();
        await using (var host = await launcher.StartZoneBotAsync(database, ct))
        {
            var error = await OneConversation.RunAsync(host, ZoneBotScenarios.FileIssue, filing.Input(firms, user: 0, iteration: 1_000), ct);
            restarted.Add(new Verdict($"the host starts again and files a ticket ({database.Label})", error is null,
                error ?? $"ready in {host.ColdStart.TotalSeconds:0.00} s, ticket {ledger.Numbers.LastOrDefault()} filed"));
        }
        output.WriteLine($"Restarted and filed once more in {watch.Elapsed.TotalSeconds:0.0} s");

        var snapshot = await CrashSnapshot.ReadAsync(database, ct);
        output.WriteLine($"After the restart: {snapshot.Tickets.Count} tickets filed by the run in the database, {ledger.Count} numbers sent to users");
        output.WriteLine();
        return Verdict.Conclude(output, [.. restarted, .. CrashCheck.Verdicts(database.Label, ledger.Numbers, snapshot)]);
    }

    /// <summary>Drives 报事 until enough numbers were sent, kills the host at a random moment after, and stops the users.</summary>
    private async Task<TimeSpan> LoadAndKillAsync(
        BotProcesses launcher, BenchDatabase database, IReadOnlyList<FirmAccount> firms, Workload filing, TicketLedger ledger, CancellationToken ct)
    {
        await using var target = await launcher.StartZoneBotAsync(database, ct);
        var host = target as ChildProcess ?? throw new InvalidOperationException("The crash test kills a child process.");
        using var stopUsers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var driver = new LoadDriver(firms, TimeSpan.Zero, options.KillAtTheLatest + TimeSpan.FromSeconds(30));
        var load = driver.RunAsync("ZoneBot", host.BaseAddress, filing, options.Users, host.CpuTime, stopUsers.Token);

        var watch = Stopwatch.StartNew();
        while (ledger.Count < options.KillAfterTickets && watch.Elapsed < options.KillAtTheLatest && !load.IsCompleted)
        {
            await Task.Delay(20, ct);
        }
        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * options.KillWithin.TotalMilliseconds), ct);
        await host.KillHardAsync();
        var killedAfter = watch.Elapsed;
        // What users received up to the kill is in the ledger; their next turns can only fail now.
        await stopUsers.CancelAsync();
        try
        {
            var run = await load;
            output.WriteLine($"The load ended by itself before the kill: {run.Errors} errors {string.Join("; ", run.ErrorSamples)}");
        }
        catch (OperationCanceledException)
        {
            // The users were stopped right after the kill, as meant.
        }
        return killedAfter;
    }
}
