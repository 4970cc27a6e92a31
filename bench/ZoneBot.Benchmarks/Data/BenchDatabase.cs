using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using ZoneBot.Benchmarks.Scenarios;
using ZoneBot.Data;
using ZoneBot.Data.Demo;
using ZoneBot.Data.Turns;

namespace ZoneBot.Benchmarks.Data;

/// <summary>
/// A database of the benchmark's own, made new for each run: migrated and loaded with the demo zone before the
/// host starts (so the host's start is a cold start "with the demo data already loaded"). A SQLite file in the
/// work folder, or a new database on the PostgreSQL server of a connection string given.
/// </summary>
public sealed class BenchDatabase
{
    private BenchDatabase(string provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Database = new Database(new DatabaseOptions { Provider = provider, ConnectionString = connectionString });
    }

    public string Provider { get; }

    /// <summary>The database's name for a report: SQLite or PostgreSQL.</summary>
    public string Label => Provider == "postgres" ? "PostgreSQL" : "SQLite";

    public string ConnectionString { get; }

    public Database Database { get; }

    /// <summary>A new SQLite file <paramref name="name"/>.db in <paramref name="folder"/> (an old one is deleted), migrated and seeded.</summary>
    public static async Task<BenchDatabase> CreateSqliteAsync(string folder, string name, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".db");
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
        var database = new BenchDatabase("sqlite", new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        await database.MigrateAndSeedAsync(ct);
        return database;
    }

    /// <summary>A new database zonebot_bench_&lt;name&gt;_&lt;time&gt; on the server of <paramref name="connectionString"/>, migrated and seeded.</summary>
    public static async Task<BenchDatabase> CreatePostgresAsync(string connectionString, string name, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Database = $"zonebot_bench_{name}_{DateTime.UtcNow:yyyyMMddHHmmss}",
        };
        var database = new BenchDatabase("postgres", builder.ToString());
        await database.MigrateAndSeedAsync(ct);
        return database;
    }

    /// <summary>The roster's firms, as the virtual users identify them.</summary>
    public async Task<IReadOnlyList<FirmAccount>> FirmsAsync(CancellationToken ct)
    {
        const string sql = "SELECT id AS Id, credit_code AS CreditCode, name AS Name FROM firms ORDER BY id";
        await using var connection = await Database.OpenAsync(ct);
        return [.. await connection.QueryAsync<FirmAccount>(new CommandDefinition(sql, cancellationToken: ct))];
    }

    public async Task<long> CountAsync(string table, CancellationToken ct)
    {
        // The table name is one of ours, never a user's value; counting is all this does.
        var sql = table switch
        {
            "tickets" => "SELECT COUNT(*) FROM tickets",
            "firms" => "SELECT COUNT(*) FROM firms",
            "ticket_events" => "SELECT COUNT(*) FROM ticket_events",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a table the benchmark counts."),
        };
        await using var connection = await Database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: ct));
    }

    /// <summary>How much SQL state the conversations left: rows and bytes per row (key, eTag, JSON, time).</summary>
    public async Task<StateSize> StateSizeAsync(CancellationToken ct)
    {
        const string sqlite = """
            SELECT COUNT(*) AS Rows,
                   COALESCE(AVG(LENGTH(CAST(key AS BLOB)) + LENGTH(etag) + LENGTH(CAST(data AS BLOB)) + LENGTH(updated_at)), 0) AS AverageBytes,
                   COALESCE(MAX(LENGTH(CAST(key AS BLOB)) + LENGTH(etag) + LENGTH(CAST(data AS BLOB)) + LENGTH(updated_at)), 0) AS MaxBytes
            FROM bot_state
            WHERE key LIKE @pattern
            """;
        const string postgres = """
            SELECT COUNT(*) AS Rows,
                   COALESCE(AVG(OCTET_LENGTH(key) + OCTET_LENGTH(etag) + OCTET_LENGTH(data) + 8), 0)::float8 AS AverageBytes,
                   COALESCE(MAX(OCTET_LENGTH(key) + OCTET_LENGTH(etag) + OCTET_LENGTH(data) + 8), 0)::float8 AS MaxBytes
            FROM bot_state
            WHERE key LIKE @pattern
            """;
        var sql = Provider == "postgres" ? postgres : sqlite;
        await using var connection = await Database.OpenAsync(ct);
        var conversations = await connection.QuerySingleAsync<StateRows>(new CommandDefinition(sql, new { pattern = "%/conversations/%" }, cancellationToken: ct));
        var users = await connection.QuerySingleAsync<StateRows>(new CommandDefinition(sql, new { pattern = "%/users/%" }, cancellationToken: ct));
        var processed = await connection.QuerySingleAsync<StateRows>(new CommandDefinition(Provider == "postgres" ? ProcessedPostgres : ProcessedSqlite, cancellationToken: ct));
        return new StateSize(conversations, users, processed);
    }

    // The duplicate-delivery guard keeps every message's replies for a few days (State:ProcessedActivityDays).
    private const string ProcessedSqlite = """
        SELECT COUNT(*) AS Rows,
               COALESCE(AVG(LENGTH(channel_id) + LENGTH(conversation_id) + LENGTH(activity_id) + COALESCE(LENGTH(CAST(result AS BLOB)), 0) + LENGTH(created_at)), 0) AS AverageBytes,
               COALESCE(MAX(LENGTH(channel_id) + LENGTH(conversation_id) + LENGTH(activity_id) + COALESCE(LENGTH(CAST(result AS BLOB)), 0) + LENGTH(created_at)), 0) AS MaxBytes
        FROM processed_activities
        """;
    private const string ProcessedPostgres = """
        SELECT COUNT(*) AS Rows,
               COALESCE(AVG(OCTET_LENGTH(channel_id) + OCTET_LENGTH(conversation_id) + OCTET_LENGTH(activity_id) + COALESCE(OCTET_LENGTH(result), 0) + 8), 0)::float8 AS AverageBytes,
               COALESCE(MAX(OCTET_LENGTH(channel_id) + OCTET_LENGTH(conversation_id) + OCTET_LENGTH(activity_id) + COALESCE(OCTET_LENGTH(result), 0) + 8), 0)::float8 AS MaxBytes
        FROM processed_activities
        """;

    private async Task MigrateAndSeedAsync(CancellationToken ct)
    {
        new DatabaseMigrator(Database).Migrate();
        await new DemoDataSeeder(Database).SeedAsync(ct);
    }
}

/// <summary>Rows of bot_state of one kind and their size in bytes.</summary>
public sealed class StateRows
{
    public long Rows { get; init; }

    public double AverageBytes { get; init; }

    public double MaxBytes { get; init; }
}

/// <summary>Conversation state and user state left in bot_state, and the handled messages the duplicate guard keeps.</summary>
public sealed record StateSize(StateRows Conversations, StateRows Users, StateRows ProcessedActivities);
