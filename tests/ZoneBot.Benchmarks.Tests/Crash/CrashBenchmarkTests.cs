using Dapper;
using ZoneBot.Benchmarks.Crash;
using ZoneBot.Benchmarks.Data;
using ZoneBot.Benchmarks.Driving;
using ZoneBot.Benchmarks.Reporting;
using ZoneBot.Benchmarks.Scenarios;
using ZoneBot.Benchmarks.Tests.Support;
using ZoneBot.Testing;

namespace ZoneBot.Benchmarks.Tests.Crash;

/// <summary>
/// The crash test kept honest: a short `crash` run (the real host as a child process, kill -9 under load, restart) on
/// SQLite and on PostgreSQL meets every check; and a ticket half-written on purpose in a real database is caught.
/// </summary>
public sealed class CrashBenchmarkTests : IDisposable
{
    private readonly WorkFolder _work = new();

    public void Dispose() => _work.Dispose();

    private CrashOptions Short(string? postgres = null) => new()
    {
        Users = 4,
        KillAfterTickets = 4,
        KillWithin = TimeSpan.FromMilliseconds(300),
        KillAtTheLatest = TimeSpan.FromSeconds(20),
        WorkFolder = _work.Path,
        Postgres = postgres,
    };

    [Fact]
    public async Task A_kill_9_under_load_on_sqlite_loses_no_ticket_that_was_sent_and_leaves_none_half_written()
    {
        var output = new StringWriter();

        var exit = await new CrashBenchmark(Short(), output).RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("| every ticket number sent to a user is in the database after the restart (SQLite) |", text);
        Assert.Contains("| PRAGMA integrity_check (SQLite) | ok | met |", text);
        Assert.Contains("Killed the host", text);
    }

    [PostgresFact]
    public async Task A_kill_9_under_load_on_postgres_loses_no_ticket_that_was_sent_and_leaves_none_half_written()
    {
        var output = new StringWriter();
        var server = PostgresSetting.ConnectionString ?? throw new InvalidOperationException(PostgresSetting.MissingInCi);

        var exit = await new CrashBenchmark(Short(server), output).RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("| every ticket has its one filing event (PostgreSQL) |", text);
    }

    [Fact]
    public async Task A_ticket_whose_alert_or_filing_event_is_gone_is_caught_in_a_real_database()
    {
        var database = await BenchDatabase.CreateSqliteAsync(_work.Path, "half-written", CancellationToken.None);
        var firms = await database.FirmsAsync(CancellationToken.None);
        var ledger = new TicketLedger();
        var filing = ZoneBotScenarios.Filing with { Support = await ScenarioSupport.PrepareAsync(database, firms, 1, CancellationToken.None) with { Filed = ledger } };
        await using (var host = await TestBots.ZoneBotAsync(database))
        {
            for (var user = 0; user < 2; user++)
            {
                Assert.Null(await OneConversation.RunAsync(host, ZoneBotScenarios.FileIssue, filing.Input(firms, user, 0), CancellationToken.None));
            }
        }
        Assert.Empty(Failed(await CrashSnapshot.ReadAsync(database, CancellationToken.None), ledger));

        await using (var connection = await database.Database.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DELETE FROM outbox WHERE ticket_id = (SELECT id FROM tickets WHERE number = @number)", new { number = ledger.Numbers[0] });
            await connection.ExecuteAsync("DELETE FROM ticket_events WHERE ticket_id = (SELECT id FROM tickets WHERE number = @number)", new { number = ledger.Numbers[1] });
        }
        var failed = Failed(await CrashSnapshot.ReadAsync(database, CancellationToken.None), ledger);

        Assert.Contains(failed, verdict => verdict.Target.StartsWith("every ticket has its alert in the outbox", StringComparison.Ordinal) && verdict.Measured.Contains(ledger.Numbers[0]));
        Assert.Contains(failed, verdict => verdict.Target.StartsWith("every ticket has its one filing event", StringComparison.Ordinal) && verdict.Measured.Contains(ledger.Numbers[1]));
    }

    private static List<Verdict> Failed(CrashSnapshot snapshot, TicketLedger ledger) =>
        [.. CrashCheck.Verdicts("SQLite", ledger.Numbers, snapshot).Where(verdict => !verdict.Met)];
}
