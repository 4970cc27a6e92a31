using ZoneBot.Benchmarks.Crash;

namespace ZoneBot.Benchmarks.Tests.Crash;

/// <summary>The crash check's verdicts: a clean database passes, and each kind of damage a kill could leave is named.</summary>
public sealed class CrashCheckTests
{
    private static readonly string[] Sent = ["ZB-20261202-0001", "ZB-20261202-0002"];

    [Fact]
    public void A_database_with_every_ticket_whole_meets_every_check()
    {
        Assert.Empty(Failed(Sent, Snapshot(Ticket("ZB-20261202-0001"), Ticket("ZB-20261202-0002"), Ticket("ZB-20261202-0003"))));
    }

    [Fact]
    public void A_number_sent_to_a_user_but_not_in_the_database_is_named()
    {
        var failed = Failed(Sent, Snapshot(Ticket("ZB-20261202-0001")));

        var missing = Assert.Single(failed);
        Assert.StartsWith("every ticket number sent to a user is in the database", missing.Target);
        Assert.Contains("ZB-20261202-0002", missing.Measured);
    }

    [Fact]
    public void A_half_written_ticket_without_its_filing_event_or_its_alert_is_detected()
    {
        var failed = Failed(Sent, Snapshot(Ticket("ZB-20261202-0001", events: 0), Ticket("ZB-20261202-0002", alerts: 0)));

        Assert.Contains(failed, verdict => verdict.Target.StartsWith("every ticket has its one filing event", StringComparison.Ordinal) && verdict.Measured.Contains("ZB-20261202-0001"));
        Assert.Contains(failed, verdict => verdict.Target.StartsWith("every ticket has its alert in the outbox", StringComparison.Ordinal) && verdict.Measured.Contains("ZB-20261202-0002"));
    }

    [Fact]
    public void Orphan_rows_a_counter_behind_its_numbers_and_a_damaged_file_are_each_named()
    {
        var snapshot = Snapshot(Ticket("ZB-20261202-0001"), Ticket("ZB-20261202-0002")) with
        {
            Orphans = new OrphanRows { Events = 1 },
            Counters = new Dictionary<string, long> { ["20261202"] = 1 },
            IntegrityCheck = "*** in database main ***",
        };

        var failed = Failed(Sent, snapshot).Select(verdict => verdict.Target).ToList();

        Assert.Contains(failed, target => target.StartsWith("no orphan rows", StringComparison.Ordinal));
        Assert.Contains(failed, target => target.StartsWith("the day's ticket counter", StringComparison.Ordinal));
        Assert.Contains(failed, target => target.StartsWith("PRAGMA integrity_check", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_sent_or_nothing_filed_proves_nothing()
    {
        Assert.NotEmpty(Failed([], Snapshot(Ticket("ZB-20261202-0001"))));
        Assert.NotEmpty(Failed(Sent, Snapshot()));
    }

    private static List<Reporting.Verdict> Failed(IReadOnlyCollection<string> sent, CrashSnapshot snapshot) =>
        [.. CrashCheck.Verdicts("SQLite", sent, snapshot).Where(verdict => !verdict.Met)];

    private static FiledTicketRows Ticket(string number, long events = 1, long alerts = 1) =>
        new() { Number = number, FilingEvents = events, Alerts = alerts };

    private static CrashSnapshot Snapshot(params FiledTicketRows[] tickets) =>
        new(tickets, new OrphanRows(), new Dictionary<string, long> { ["20261202"] = tickets.Length }, "ok");
}
