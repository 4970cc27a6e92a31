using Dapper;
using ZoneBot.Benchmarks.Data;

namespace ZoneBot.Benchmarks.Crash;

/// <summary>
/// What the database holds after the restart, as the crash check needs it: every ticket the benchmark's users filed
/// with the rows its filing transaction writes (the first event, the alert in the outbox, the attachments), rows that
/// point at no ticket, the day counters, and (SQLite) the file's own integrity check.
/// </summary>
public sealed record CrashSnapshot(
    IReadOnlyList<FiledTicketRows> Tickets,
    OrphanRows Orphans,
    IReadOnlyDictionary<string, long> Counters,
    string? IntegrityCheck)
{
    /// <summary>The channel the benchmark's virtual users speak on (BotHttpClient): their tickets carry it.</summary>
    public const string BenchChannel = "bench";

    public static async Task<CrashSnapshot> ReadAsync(BenchDatabase database, CancellationToken ct)
    {
        const string tickets = """
            SELECT t.number AS Number,
                   (SELECT COUNT(*) FROM ticket_events AS e WHERE e.ticket_id = t.id AND e.kind = 'filed') AS FilingEvents,
                   (SELECT COUNT(*) FROM outbox AS o WHERE o.ticket_id = t.id) AS Alerts,
                   (SELECT COUNT(*) FROM ticket_attachments AS a WHERE a.ticket_id = t.id) AS Attachments
            FROM tickets AS t
            WHERE t.channel_id = @channel
            ORDER BY t.id
            """;
        const string orphans = """
            SELECT (SELECT COUNT(*) FROM ticket_events AS e WHERE NOT EXISTS (SELECT 1 FROM tickets AS t WHERE t.id = e.ticket_id)) AS Events,
                   (SELECT COUNT(*) FROM ticket_attachments AS a WHERE NOT EXISTS (SELECT 1 FROM tickets AS t WHERE t.id = a.ticket_id)) AS Attachments,
                   (SELECT COUNT(*) FROM outbox AS o WHERE o.ticket_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM tickets AS t WHERE t.id = o.ticket_id)) AS Alerts
            """;
        const string counters = "SELECT day AS Day, last_number AS LastNumber FROM ticket_number_counters";
        await using var connection = await database.Database.OpenAsync(ct);
        var rows = (await connection.QueryAsync<FiledTicketRows>(new CommandDefinition(tickets, new { channel = BenchChannel }, cancellationToken: ct))).ToList();
        var orphanRows = await connection.QuerySingleAsync<OrphanRows>(new CommandDefinition(orphans, cancellationToken: ct));
        var days = (await connection.QueryAsync<CounterRow>(new CommandDefinition(counters, cancellationToken: ct)))
            .ToDictionary(row => row.Day.Replace("-", string.Empty, StringComparison.Ordinal), row => row.LastNumber, StringComparer.Ordinal);
        var integrity = database.Provider == "sqlite"
            ? await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA integrity_check", cancellationToken: ct))
            : null;
        return new CrashSnapshot(rows, orphanRows, days, integrity);
    }

    private sealed class CounterRow
    {
        public string Day { get; init; } = string.Empty;

        public long LastNumber { get; init; }
    }
}

/// <summary>One filed ticket and the rows of its filing transaction.</summary>
public sealed record FiledTicketRows
{
    public string Number { get; init; } = string.Empty;

    public long FilingEvents { get; init; }

    public long Alerts { get; init; }

    public long Attachments { get; init; }
}

/// <summary>Rows whose ticket does not exist: what a filing cut in half would leave.</summary>
public sealed record OrphanRows
{
    public long Events { get; init; }

    public long Attachments { get; init; }

    public long Alerts { get; init; }

    public long Total => Events + Attachments + Alerts;
}
