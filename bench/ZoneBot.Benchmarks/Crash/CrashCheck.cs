using System.Globalization;
using ZoneBot.Benchmarks.Reporting;

namespace ZoneBot.Benchmarks.Crash;

/// <summary>
/// The crash test's verdicts over what the users were sent and what the database holds after the restart: every
/// ticket number a user received is there, no ticket is half-written (each has its one filing event and its alert;
/// the filing script sends no photos, so it has no attachment), no row points at a ticket that is not there, the
/// day's counter is at or past every number (no number can be given twice), and the file is intact.
/// </summary>
public static class CrashCheck
{
    public static IEnumerable<Verdict> Verdicts(string database, IReadOnlyCollection<string> sent, CrashSnapshot snapshot)
    {
        var stored = snapshot.Tickets.Select(ticket => ticket.Number).ToHashSet(StringComparer.Ordinal);
        var missing = sent.Where(number => !stored.Contains(number)).ToList();
        yield return new Verdict($"every ticket number sent to a user is in the database after the restart ({database})",
            sent.Count > 0 && missing.Count == 0,
            missing.Count == 0
                ? $"{sent.Count} sent, all there; {stored.Count} filed by the run ({stored.Count - sent.Distinct().Count()} committed but never answered: the kill came first)"
                : $"{missing.Count} of {sent.Count} missing: {Sample(missing)}");

        var noFilingEvent = snapshot.Tickets.Where(ticket => ticket.FilingEvents != 1).Select(ticket => $"{ticket.Number} ({ticket.FilingEvents} events)").ToList();
        yield return new Verdict($"every ticket has its one filing event ({database})", snapshot.Tickets.Count > 0 && noFilingEvent.Count == 0,
            noFilingEvent.Count == 0 ? $"{snapshot.Tickets.Count} tickets" : $"{noFilingEvent.Count} without: {Sample(noFilingEvent)}");

        var noAlert = snapshot.Tickets.Where(ticket => ticket.Alerts < 1).Select(ticket => ticket.Number).ToList();
        yield return new Verdict($"every ticket has its alert in the outbox ({database})", snapshot.Tickets.Count > 0 && noAlert.Count == 0,
            noAlert.Count == 0 ? $"{snapshot.Tickets.Count} tickets" : $"{noAlert.Count} without: {Sample(noAlert)}");

        var strayAttachments = snapshot.Tickets.Where(ticket => ticket.Attachments != 0).Select(ticket => ticket.Number).ToList();
        yield return new Verdict($"no attachment the filings did not send ({database})", strayAttachments.Count == 0,
            strayAttachments.Count == 0 ? "none (the script sends no photos)" : $"{strayAttachments.Count} tickets with attachments: {Sample(strayAttachments)}");

        var orphans = snapshot.Orphans;
        yield return new Verdict($"no orphan rows: events, attachments, alerts all point at a ticket ({database})", orphans.Total == 0,
            $"{orphans.Events} events, {orphans.Attachments} attachments, {orphans.Alerts} alerts without their ticket");

        var behind = snapshot.Tickets
            .Select(ticket => (ticket.Number, Day: ticket.Number.Length >= 16 ? ticket.Number[3..11] : string.Empty,
                Serial: ticket.Number.Length >= 16 && int.TryParse(ticket.Number[12..], NumberStyles.None, CultureInfo.InvariantCulture, out var serial) ? serial : int.MaxValue))
            .Where(ticket => !snapshot.Counters.TryGetValue(ticket.Day, out var last) || last < ticket.Serial)
            .Select(ticket => ticket.Number)
            .ToList();
        yield return new Verdict($"the day's ticket counter is at or past every number ({database})", snapshot.Tickets.Count > 0 && behind.Count == 0,
            behind.Count == 0 ? $"{snapshot.Counters.Count} day counter(s) read" : $"{behind.Count} numbers past their day's counter: {Sample(behind)}");

        if (snapshot.IntegrityCheck is { } integrity)
        {
            yield return new Verdict($"PRAGMA integrity_check ({database})", integrity == "ok", integrity);
        }
    }

    private static string Sample(IReadOnlyCollection<string> values) =>
        string.Join(", ", values.Take(5)) + (values.Count > 5 ? ", …" : string.Empty);
}
