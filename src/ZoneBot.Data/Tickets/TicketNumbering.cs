using System.Data.Common;
using System.Globalization;
using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Tickets;

/// <summary>
/// The next sequence of a zone day, taken in the filing's transaction: the counter row is locked
/// until the ticket commits (SQLite: the transaction is IMMEDIATE; PostgreSQL: the upsert locks the
/// row), so concurrent filings queue instead of sharing a number, and a rolled-back filing leaves no gap.
/// </summary>
internal static class TicketNumbering
{
    public static Task<int> NextAsync(DbConnection connection, DbTransaction transaction, DateOnly day, CancellationToken ct)
    {
        const string sql = """
            INSERT INTO ticket_number_counters (day, last_number)
            VALUES (@day, 1)
            ON CONFLICT (day) DO UPDATE SET last_number = ticket_number_counters.last_number + 1
            RETURNING last_number
            """;
        return connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, new { day = DayKey(day) }, transaction, cancellationToken: ct));
    }

    /// <summary>Gives back the number just taken in this transaction (the counter is still locked by it, so it is the last).</summary>
    public static Task GiveBackAsync(DbConnection connection, DbTransaction transaction, DateOnly day, CancellationToken ct)
    {
        const string sql = "UPDATE ticket_number_counters SET last_number = last_number - 1 WHERE day = @day";
        return connection.ExecuteAsync(new CommandDefinition(sql, new { day = DayKey(day) }, transaction, cancellationToken: ct));
    }

    private static string DayKey(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
