using System.Data.Common;
using System.Runtime.InteropServices;
using Dapper;
using Microsoft.Data.Sqlite;
using ZoneBot.Data.Sqlite;

namespace ZoneBot.Data.Tests.Sqlite;

/// <summary>
/// Issue 15: a SQLite connection stays open between uses with its statements prepared, so a turn's statements are parsed
/// and planned once per connection, not on every run; and a connection is only handed out again as a fresh one would be.
/// </summary>
public sealed class KeptConnectionTests : FreshSqliteDatabase
{
    private const int RunsOfStatement = 6; // SQLITE_STMTSTATUS_RUN: how many times a prepared statement has run.

    [Fact]
    public async Task A_statement_run_on_three_opens_is_prepared_once_and_bound_afresh_each_time()
    {
        const string sql = "SELECT key FROM bot_state WHERE key = @key UNION ALL SELECT @key";
        var answers = new List<string>();
        foreach (var key in new[] { "webchat/conversations/a", "webchat/conversations/b", "webchat/conversations/c" })
        {
            await using var connection = await Temp.Database.OpenAsync();
            answers.Add(await connection.QuerySingleAsync<string>(sql, new { key }));
        }

        await using var again = await Temp.Database.OpenAsync();
        var statement = StatementsOf((SqliteConnection)again).Single(statement => Marshal.PtrToStringUTF8(SqlOf(statement)) == sql);
        Assert.Equal(3, StatementStatus(statement, RunsOfStatement, 0));
        Assert.Equal(["webchat/conversations/a", "webchat/conversations/b", "webchat/conversations/c"], answers);
    }

    [Fact]
    public async Task A_run_that_leaves_a_parameter_out_is_refused_even_after_a_run_that_bound_it()
    {
        await using var connection = await Temp.Database.OpenAsync();
        Assert.Equal(7L, await connection.ExecuteScalarAsync<long>("SELECT @value", new { value = 7 }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => connection.ExecuteScalarAsync<long>("SELECT @value"));
    }

    [Fact]
    public async Task A_connection_given_back_in_a_transaction_is_not_kept_and_its_writes_are_rolled_back()
    {
        await using (var connection = await Temp.Database.OpenAsync())
        {
            var transaction = await connection.BeginTransactionAsync();
            await connection.ExecuteAsync("INSERT INTO bot_state (key, etag, data, updated_at) VALUES ('left', '1', '{}', '2026-12-02')", transaction: transaction);
            // Neither committed nor disposed: the connection goes back with SQLite's write lock held.
        }

        await AssertTheNextWriteLandsAloneAsync();
    }

    [Fact]
    public async Task A_connection_given_back_after_a_BEGIN_of_its_own_is_not_kept_and_its_writes_are_rolled_back()
    {
        await using (var connection = await Temp.Database.OpenAsync())
        {
            // SQLite's own transaction, begun by a statement: ADO.NET knows nothing of it.
            await connection.ExecuteAsync("BEGIN IMMEDIATE");
            await connection.ExecuteAsync("INSERT INTO bot_state (key, etag, data, updated_at) VALUES ('left', '1', '{}', '2026-12-02')");
        }

        await AssertTheNextWriteLandsAloneAsync();
    }

    [Fact]
    public async Task A_connection_given_back_with_a_reader_still_open_does_not_hold_the_log_from_its_checkpoint()
    {
        await Temp.Database.ExecuteWriteAsync("INSERT INTO bot_state (key, etag, data, updated_at) VALUES ('a', '1', '{}', '2026-12-02'), ('b', '1', '{}', '2026-12-02')", null);
        DbConnection given;
        await using (var connection = await Temp.Database.OpenAsync())
        {
            given = connection;
            var command = ((SqliteConnection)connection).CreateCommand();
            command.CommandText = "SELECT key FROM bot_state";
            var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            // The reader and its command are left as they are: their statement still holds a read snapshot.
        }

        // Not kept: the next caller gets another connection (a kept one would be handed out first, last in first out).
        await using (var next = await Temp.Database.OpenAsync())
        {
            Assert.NotSame(given, next);
        }
        await Temp.Database.ExecuteWriteAsync("UPDATE bot_state SET etag = '2'", null);
        await using var checkpointer = await Temp.Database.OpenAsync();
        var (busy, _, _) = await checkpointer.QuerySingleAsync<(long Busy, long Log, long Checkpointed)>("PRAGMA wal_checkpoint(TRUNCATE)");
        Assert.Equal(0L, busy);
    }

    [Fact]
    public async Task After_the_file_is_restored_or_replaced_no_kept_connection_is_handed_out_again()
    {
        object? before;
        await using (var connection = await Temp.Database.OpenAsync())
        {
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM tickets");
            before = ((SqliteConnection)connection).Handle;
        }

        SqliteConnectionPool.ClearAll();

        await using var after = await Temp.Database.OpenAsync();
        Assert.NotSame(before, ((SqliteConnection)after).Handle);
        Assert.Equal(0L, await after.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task Connections_used_at_once_by_many_callers_each_answer_their_own_question()
    {
        var wrong = 0;
        await Task.WhenAll(Enumerable.Range(0, 24).Select(caller => Task.Run(async () =>
        {
            for (var run = 0; run < 40; run++)
            {
                await using var connection = await Temp.Database.OpenAsync();
                var value = caller * 1000 + run;
                using var results = await connection.QueryMultipleAsync("SELECT @value; SELECT @value + 1", new { value });
                if (await results.ReadSingleAsync<long>() != value || await results.ReadSingleAsync<long>() != value + 1)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        })));

        Assert.Equal(0, wrong);
    }

    // The next write does not wait for a lock nobody releases (busy_timeout would fail it after 5 s), and the rows left
    // behind by the connection given back were rolled back.
    private async Task AssertTheNextWriteLandsAloneAsync()
    {
        var written = await Temp.Database.ExecuteWriteAsync("INSERT INTO bot_state (key, etag, data, updated_at) VALUES ('next', '1', '{}', '2026-12-02')", null)
            .WaitAsync(TimeSpan.FromSeconds(4));
        await using var reader = await Temp.Database.OpenAsync();
        Assert.Equal(1, written);
        Assert.Equal(["next"], await reader.QueryAsync<string>("SELECT key FROM bot_state ORDER BY key"));
    }

    // SQLite's own walk over a connection's statements, on the native pointers as the kept connection walks them.
    private static List<IntPtr> StatementsOf(SqliteConnection connection)
    {
        var handle = connection.Handle!.DangerousGetHandle();
        var statements = new List<IntPtr>();
        for (var statement = NextStatement(handle, IntPtr.Zero); statement != IntPtr.Zero; statement = NextStatement(handle, statement))
        {
            statements.Add(statement);
        }
        return statements;
    }

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_next_stmt")]
    private static extern IntPtr NextStatement(IntPtr connection, IntPtr statement);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_sql")]
    private static extern IntPtr SqlOf(IntPtr statement);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_stmt_status")]
    private static extern int StatementStatus(IntPtr statement, int counter, int reset);
}
