using Dapper;
using ZoneBot.Data.Sqlite;

namespace ZoneBot.Data.Alerts;

/// <summary>How many alerts wait in the outbox and how many are dead: what the outbox gauges show.</summary>
public sealed record OutboxDepth(long Pending, long Dead)
{
    private const string CountByStatus = """
        SELECT COALESCE(SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0) AS Pending,
               COALESCE(SUM(CASE WHEN status = 'dead' THEN 1 ELSE 0 END), 0) AS Dead
        FROM outbox
        WHERE status IN ('pending', 'dead')
        """;

    public static async Task<OutboxDepth> ReadAsync(Database database, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleAsync<Counts>(new CommandDefinition(CountByStatus, cancellationToken: ct));
        return new OutboxDepth(row.Pending, row.Dead);
    }

    private sealed class Counts
    {
        public long Pending { get; set; }
        public long Dead { get; set; }
    }
}
