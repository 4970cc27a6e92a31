using Dapper;
using ZoneBot.Data;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests;

public sealed class SqliteIsoDateTimeOffsetHandlerTests(MigratedDatabase<SqliteProvider> migrated) : IsoDateTimeOffsetHandlerTests<SqliteProvider>(migrated)
{
    [Fact]
    public async Task SQLite_stores_an_instant_as_UTC_ISO_text()
    {
        await using var connection = await Migrated.Database.OpenAsync();
        await InsertAsync(connection, "iso-text");

        var text = await connection.ExecuteScalarAsync<string>("SELECT updated_at FROM bot_state WHERE key = 'iso-text'");

        Assert.Equal("2026-11-27T23:30:15.0000000Z", text);
    }
}

public sealed class PostgresIsoDateTimeOffsetHandlerTests(MigratedDatabase<PostgresProvider> migrated) : IsoDateTimeOffsetHandlerTests<PostgresProvider>(migrated);

/// <summary>Instants written and compared by the same SQL on each provider (text in SQLite, TIMESTAMPTZ in PostgreSQL).</summary>
public abstract class IsoDateTimeOffsetHandlerTests<TProvider>(MigratedDatabase<TProvider> migrated) : IClassFixture<MigratedDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    protected static readonly DateTimeOffset ZoneMorning = new(2026, 11, 28, 7, 30, 15, TimeSpan.FromHours(8));

    protected MigratedDatabase<TProvider> Migrated => migrated;

    [DatabaseFact]
    public async Task An_instant_is_read_back_as_the_same_instant()
    {
        await using var connection = await migrated.Database.OpenAsync();
        await InsertAsync(connection, "instant");

        var read = await connection.ExecuteScalarAsync<DateTimeOffset>("SELECT updated_at FROM bot_state WHERE key = 'instant'");
        var nullable = await connection.QuerySingleAsync<DateTimeOffset?>("SELECT updated_at FROM bot_state WHERE key = 'instant'");

        Assert.Equal(ZoneMorning, read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
        Assert.Equal(ZoneMorning, nullable);
    }

    [DatabaseFact]
    public async Task A_missing_instant_is_written_and_read_as_null()
    {
        await using var connection = await migrated.Database.OpenAsync();

        await connection.ExecuteAsync(
            "INSERT INTO outbox (kind, payload, next_attempt_at, claimed_until, created_at) VALUES ('test', '{}', @now, @claimedUntil, @now)",
            new { now = ZoneMorning, claimedUntil = (DateTimeOffset?)null });
        var claimed = await connection.QuerySingleAsync<DateTimeOffset?>("SELECT claimed_until FROM outbox WHERE kind = 'test'");

        Assert.Null(claimed);
    }

    [DatabaseFact]
    public async Task A_missing_instant_is_a_null_that_SQL_can_test_for()
    {
        // An optional filter (TicketRegister): PostgreSQL must be told the type of a null it only sees in IS NULL.
        const string sql = "SELECT COUNT(*) FROM bot_state WHERE key = 'optional' AND (@cutoff IS NULL OR updated_at < @cutoff)";
        await using var connection = await migrated.Database.OpenAsync();
        await InsertAsync(connection, "optional");

        var unfiltered = await connection.ExecuteScalarAsync<long>(sql, new { cutoff = (DateTimeOffset?)null });
        var filtered = await connection.ExecuteScalarAsync<long>(sql, new { cutoff = (DateTimeOffset?)ZoneMorning });

        Assert.Equal((1L, 0L), (unfiltered, filtered));
    }

    [DatabaseFact]
    public async Task Instants_compare_in_SQL_as_instants_whatever_their_offset()
    {
        await using var connection = await migrated.Database.OpenAsync();

        var earlier = await connection.ExecuteScalarAsync<bool>(
            "SELECT @a < @b",
            new { a = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(8)), b = new DateTimeOffset(2026, 11, 28, 2, 0, 0, TimeSpan.Zero) });

        Assert.True(earlier);
    }

    [DatabaseFact]
    public async Task A_column_compares_with_an_instant_parameter()
    {
        await using var connection = await migrated.Database.OpenAsync();
        await InsertAsync(connection, "compare");

        var before = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM bot_state WHERE key = 'compare' AND updated_at < @cutoff", new { cutoff = ZoneMorning.AddSeconds(1) });
        var after = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM bot_state WHERE key = 'compare' AND updated_at < @cutoff", new { cutoff = ZoneMorning.ToOffset(TimeSpan.FromHours(-5)) });

        Assert.Equal((1L, 0L), (before, after));
    }

    protected static Task InsertAsync(System.Data.Common.DbConnection connection, string key) =>
        connection.ExecuteAsync(
            "INSERT INTO bot_state (key, etag, data, updated_at) VALUES (@key, '1', '{}', @updatedAt)",
            new { key, updatedAt = ZoneMorning });
}
