using Dapper;
using ZoneBot.Data;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests;

public sealed class SqliteDatabaseMigratorTests(MigratedDatabase<SqliteProvider> migrated) : DatabaseMigratorTests<SqliteProvider>(migrated)
{
    [Fact]
    public async Task Migration_switches_the_file_to_WAL()
    {
        await using var connection = await Migrated.Database.OpenAsync();

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }
}

public sealed class PostgresDatabaseMigratorTests(MigratedDatabase<PostgresProvider> migrated) : DatabaseMigratorTests<PostgresProvider>(migrated)
{
    [Fact]
    public void PostgreSQL_has_the_same_numbered_scripts_as_SQLite()
    {
        Assert.Equal(
            DatabaseMigrator.Scripts("Sqlite").Select(script => script.Name),
            DatabaseMigrator.Scripts("Postgres").Select(script => script.Name));
    }

    [DatabaseFact]
    public async Task Instances_starting_at_once_run_each_script_once()
    {
        await using var fresh = await Migrated.Provider.CreateDatabaseAsync();

        var applied = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(fresh.Migrate)));

        Assert.Equal(DatabaseMigrator.Scripts("Postgres").Count, applied.Sum());
        Assert.Equal(0, fresh.Migrate());
    }
}

/// <summary>The numbered scripts, on each provider: run once, journalled, the whole schema.</summary>
public abstract class DatabaseMigratorTests<TProvider>(MigratedDatabase<TProvider> migrated) : IClassFixture<MigratedDatabase<TProvider>>
    where TProvider : TestProvider, new()
{
    private static readonly string[] Tables =
    [
        "communities", "grids", "officers", "firms", "firm_users", "tickets", "ticket_events",
        "ticket_attachments", "ticket_number_counters", "volunteer_teams", "volunteers",
        "volunteer_memberships", "outbox", "processed_activities", "bot_state",
        "direct_line_conversations", "direct_line_activities", "direct_line_attachments",
    ];

    protected MigratedDatabase<TProvider> Migrated => migrated;

    private string Folder => migrated.Provider.Name == "postgres" ? "Postgres" : "Sqlite";

    [DatabaseFact]
    public async Task Migrating_a_fresh_database_runs_every_script_and_then_nothing()
    {
        await using var fresh = await migrated.Provider.CreateDatabaseAsync();

        var first = fresh.Migrate();
        var second = fresh.Migrate();

        Assert.Equal(DatabaseMigrator.Scripts(Folder).Count, first);
        Assert.Equal(0, second);
    }

    [DatabaseFact]
    public async Task The_journal_has_each_script_once_by_its_file_name()
    {
        migrated.Test.Migrate();
        await using var connection = await migrated.Database.OpenAsync();

        var journal = (await connection.QueryAsync<string>($"SELECT ScriptName FROM {DatabaseMigrator.JournalTable} ORDER BY ScriptName")).ToList();

        Assert.Equal(DatabaseMigrator.Scripts(Folder).Select(script => script.Name), journal);
        Assert.Contains("0001_initial_schema.sql", journal);
    }

    [DatabaseFact]
    public async Task The_schema_has_every_table()
    {
        await using var connection = await migrated.Database.OpenAsync();

        var tables = (await connection.QueryAsync<string>(migrated.Provider.SelectTableNames)).ToHashSet();

        Assert.All(Tables, table => Assert.Contains(table, tables));
    }

    [DatabaseTheory]
    [InlineData("firms", "ix_firms_name")]
    [InlineData("firms", "ix_firms_road")]
    [InlineData("firms", "ix_firms_grid_id")]
    [InlineData("tickets", "ix_tickets_firm_id_created_at")]
    [InlineData("tickets", "ix_tickets_channel_user")]
    [InlineData("outbox", "ix_outbox_status_next_attempt_at")]
    public async Task Looked_up_columns_are_indexed(string table, string index)
    {
        await using var connection = await migrated.Database.OpenAsync();

        var indexes = await connection.QueryAsync<string>(migrated.Provider.SelectIndexNames, new { table });

        Assert.Contains(index, indexes);
    }

    [DatabaseFact]
    public async Task Foreign_keys_are_enforced_by_the_schema()
    {
        await using var connection = await migrated.Database.OpenAsync();

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync(
            "INSERT INTO grids (community_id, code, number, name) VALUES (@communityId, 'GX', 99, '99号网格')",
            new { communityId = 424242 }));

        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
