using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using ZoneBot.Data;
using ZoneBot.Testing;

namespace ZoneBot.Host.Tests.Trust;

/// <summary>
/// Issue 14, point 2: a deleted, replaced or unwritable SQLite file is noticed while the host runs and after a restart;
/// nothing is confirmed that was not stored, and the demo data never land in a database nobody asked for them in.
/// </summary>
public sealed class DatabaseSafetyTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly List<ZoneBotServer> _servers = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_ticket_confirmed_after_the_file_was_deleted_is_not_answered_as_filed_and_healthz_turns_unhealthy()
    {
        var server = await StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/healthz")).StatusCode);
        await FillTicketUpToTheSummaryAsync(server, "deleted-file");

        DeleteFileAndJournals();
        var replies = BotClient.Texts(await server.Bot.SayAsync("deleted-file", "确认提交"));

        Assert.DoesNotContain("已提交", replies);
        Assert.Contains("没有处理成功", replies);
        var health = await server.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.False(File.Exists(_database.FilePath), "the host must not create the file again");
    }

    [Fact]
    public async Task A_file_replaced_by_another_while_the_host_runs_stops_every_write_and_healthz()
    {
        var server = await StartAsync();
        var other = Path.Combine(Path.GetDirectoryName(_database.FilePath)!, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other}"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("CREATE TABLE t (x INTEGER)");
        }
        SqliteConnection.ClearAllPools();
        File.Move(other, _database.FilePath, overwrite: true);

        Assert.True(await EventuallyAsync(async () => (await server.Http.GetAsync("/healthz")).StatusCode == HttpStatusCode.ServiceUnavailable));
        var replies = BotClient.Texts(await server.Bot.SayAsync("replaced-file", "报事"));
        Assert.Contains("没有处理成功", replies);
    }

    [Fact]
    public async Task After_a_restart_a_missing_file_stops_the_host_instead_of_starting_empty_with_the_demo_zone()
    {
        var first = await StartAsync();
        await first.DisposeAsync();
        _servers.Remove(first);
        DeleteFileAndJournals();

        var second = ZoneBotServer.Over(_database, "--Database:CreateIfMissing=false", "--Database:SeedDemo=true");
        var refused = await Assert.ThrowsAsync<DatabaseUnavailableException>(second.InitializeAsync);
        await second.DisposeAsync();

        Assert.Contains("CreateIfMissing", refused.Message);
        Assert.False(File.Exists(_database.FilePath));
    }

    [Fact]
    public async Task A_new_database_gets_no_demo_data_unless_asked()
    {
        var server = await StartAsync("--Database:CreateIfMissing=true", "--Database:SeedDemo=false");
        await using var connection = await _database.Database.OpenAsync();

        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM firms"));
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Healthz_writes_so_a_database_the_host_cannot_write_is_unhealthy()
    {
        await _database.SeedAsync();
        SqliteConnection.ClearAllPools();
        // Root ignores file permissions; SQLite's read-only mode is what a write-protected file gives everyone else.
        var readOnly = ZoneBotServer.Over(new ReadOnlySqlite(_database), "--Database:CreateIfMissing=false");
        _servers.Add(readOnly);
        await readOnly.InitializeAsync();

        var health = await readOnly.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("Unhealthy", await health.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("tickets", "list")]
    [InlineData("teams", "list")]
    [InlineData("officers", "list")]
    public async Task An_admin_verb_on_a_missing_database_fails_instead_of_creating_an_empty_one(string verb, string action)
    {
        var quiet = new System.CommandLine.InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null };

        var exitCode = await global::ZoneBot.Host.Cli.CommandLine.Build()
            .Parse([verb, action, $"--Database:ConnectionString={_database.ConnectionString}", "--Logging:LogLevel:Default=Warning"])
            .InvokeAsync(quiet);

        Assert.NotEqual(0, exitCode);
        Assert.False(File.Exists(_database.FilePath));
    }

    private async Task<ZoneBotServer> StartAsync(params string[] settings)
    {
        var server = ZoneBotServer.Over(_database, settings);
        _servers.Add(server);
        await server.InitializeAsync();
        return server;
    }

    private static async Task FillTicketUpToTheSummaryAsync(ZoneBotServer server, string conversation)
    {
        foreach (var message in new[]
        {
            "报事", "华信电器", "是", "安全生产和消防安全", "仓库门口的消防通道被货物堵住两天了", "跳过", "一般", "没有", "张经理", "13805741234",
        })
        {
            await server.Bot.SayAsync(conversation, message);
        }
        Assert.Contains("张经理", BotClient.Texts(await server.Bot.SayAsync(conversation, "跳过")));
    }

    private void DeleteFileAndJournals()
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_database.FilePath + suffix);
        }
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    /// <summary>The same file, opened read-only.</summary>
    private sealed class ReadOnlySqlite(SqliteTestDatabase file) : TestDatabase("sqlite", file.ConnectionString + ";Mode=ReadOnly")
    {
        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
