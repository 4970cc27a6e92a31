using Dapper;
using Npgsql;

namespace ZoneBot.Testing;

/// <summary>PostgreSQL, when <see cref="PostgresSetting"/> names a server: a database per test class on it.</summary>
public sealed class PostgresProvider : TestProvider
{
    public override string Name => "postgres";

    public override string? Unavailable => PostgresSetting.ConnectionString is null ? PostgresSetting.SkipReason : null;

    public override string SelectTableNames =>
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";

    public override string SelectIndexNames => "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = @table";

    public override async Task<TestDatabase> CreateDatabaseAsync()
    {
        var server = PostgresSetting.ConnectionString ?? throw new InvalidOperationException(PostgresSetting.MissingInCi);
        var name = "zonebot_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            // A name cannot be a parameter; this one is made here of a fixed prefix and hex digits.
            await connection.ExecuteAsync($"CREATE DATABASE {name}");
        }
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new PostgresTestDatabase(server, name, database);
    }
}

/// <summary>A database <c>zonebot_test_&lt;guid&gt;</c> created for a test class and dropped afterwards.</summary>
public sealed class PostgresTestDatabase(string server, string name, string connectionString)
    : TestDatabase("postgres", connectionString)
{
    public override async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        // FORCE: a host under test may still hold a connection for a moment.
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }
}
