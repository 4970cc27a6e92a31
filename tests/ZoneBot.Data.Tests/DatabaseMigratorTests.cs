using Dapper;
using ZoneBot.Data;

namespace ZoneBot.Data.Tests;

public class DatabaseMigratorTests : IClassFixture<TempDatabase>
{
    private static readonly string[] Tables =
    [
        "communities", "grids", "officers", "firms", "firm_users", "tickets", "ticket_events",
        "ticket_attachments", "ticket_number_counters", "volunteer_teams", "volunteers",
        "volunteer_memberships", "outbox", "processed_activities", "bot_state",
        "direct_line_conversations", "direct_line_activities", "direct_line_attachments",
    ];

    private readonly TempDatabase _temp;

    public DatabaseMigratorTests(TempDatabase temp)
    {
        _temp = temp;
        _temp.Migrate();
    }

    [Fact]
    public void Migrating_a_fresh_database_runs_every_script_and_then_nothing()
    {
        using var fresh = new TempDatabase();

        var first = fresh.Migrate();
        var second = fresh.Migrate();

        Assert.Equal(DatabaseMigrator.Scripts("Sqlite").Count, first);
        Assert.Equal(0, second);
    }

    [Fact]
    public async Task The_journal_has_each_script_once_by_its_file_name()
    {
        _temp.Migrate();
        await using var connection = await _temp.Database.OpenAsync();

        var journal = (await connection.QueryAsync<string>($"SELECT ScriptName FROM {DatabaseMigrator.JournalTable} ORDER BY ScriptName")).ToList();

        Assert.Equal(DatabaseMigrator.Scripts("Sqlite").Select(script => script.Name), journal);
        Assert.Contains("0001_initial_schema.sql", journal);
    }

    [Fact]
    public async Task The_schema_has_every_table()
    {
        await using var connection = await _temp.Database.OpenAsync();

        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet();

        Assert.All(Tables, table => Assert.Contains(table, tables));
    }

    [Theory]
    [InlineData("firms", "ix_firms_name")]
    [InlineData("firms", "ix_firms_road")]
    [InlineData("firms", "ix_firms_grid_id")]
    [InlineData("tickets", "ix_tickets_firm_id_created_at")]
    [InlineData("tickets", "ix_tickets_channel_user")]
    [InlineData("outbox", "ix_outbox_status_next_attempt_at")]
    public async Task Looked_up_columns_are_indexed(string table, string index)
    {
        await using var connection = await _temp.Database.OpenAsync();

        var indexes = await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = @table", new { table });

        Assert.Contains(index, indexes);
    }

    [Fact]
    public async Task Migration_switches_the_file_to_WAL()
    {
        await using var connection = await _temp.Database.OpenAsync();

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Foreign_keys_are_enforced_by_the_schema()
    {
        await using var connection = await _temp.Database.OpenAsync();

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync(
            "INSERT INTO grids (community_id, code, number, name) VALUES (@communityId, 'GX', 99, '99号网格')",
            new { communityId = 424242 }));

        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
