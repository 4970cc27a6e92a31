using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Tickets;

/// <summary>Every ticket of the zone, for administrators: lists by grid, stage, deadline and date, and any one ticket.</summary>
public sealed class TicketRegister(Database database, TimeProvider time)
{
    // @now is set only when the overdue ones are asked for.
    private static readonly string List = TicketRows.Select + $"""

        WHERE (@gridNumber IS NULL OR g.number = @gridNumber)
          AND (@stage IS NULL OR t.stage = @stage)
          AND (@filedFrom IS NULL OR t.created_at >= @filedFrom)
          AND (@filedBefore IS NULL OR t.created_at < @filedBefore)
          AND (@now IS NULL OR {TicketSql.Overdue})
        ORDER BY t.created_at DESC, t.id DESC
        """;

    /// <summary>The tickets that match, newest first.</summary>
    public async Task<IReadOnlyList<TicketOverview>> ListAsync(TicketFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = new
        {
            gridNumber = filter.GridNumber,
            stage = filter.Stage?.Code,
            filedFrom = filter.From is { } from ? StartOf(from) : (DateTimeOffset?)null,
            filedBefore = filter.To is { } to ? StartOf(to.AddDays(1)) : (DateTimeOffset?)null,
            now = filter.OverdueOnly ? time.GetUtcNow() : (DateTimeOffset?)null,
        };

        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<TicketRows.Row>(new CommandDefinition(List, parameters, cancellationToken: ct));
        return [.. rows.Select(row => row.ToOverview())];
    }

    /// <summary>Any ticket by its number, with its history and attachments; null when there is none.</summary>
    public async Task<TicketDetails?> FindAsync(string number, CancellationToken ct = default)
    {
        const string sql = TicketRows.Select + """

            WHERE t.number = @number
            """;
        if (TicketRows.Normalise(number) is not { } normalised)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<TicketRows.Row>(
            new CommandDefinition(sql, new { number = normalised }, cancellationToken: ct));
        return row is null ? null : await TicketRows.DetailsAsync(connection, row, ct);
    }

    /// <summary>Midnight of a zone date, as an instant.</summary>
    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ZoneTime.Offset);
}
