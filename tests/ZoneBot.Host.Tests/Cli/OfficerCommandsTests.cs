using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ZoneBot.Host.Cli;

namespace ZoneBot.Host.Tests.Cli;

/// <summary>`officers` and `outbox` end to end: the verbs as typed, over a real SQLite file loaded with the demo zone.</summary>
public sealed partial class OfficerCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonebot-officers-" + Guid.NewGuid().ToString("N"));

    public OfficerCommandsTests() => Directory.CreateDirectory(_folder);

    private string Settings => $"--Database:ConnectionString=Data Source={Path.Combine(_folder, "zonebot.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Add_prints_a_one_time_code_and_list_shows_the_officer_with_a_masked_phone()
    {
        await SeedAsync();

        var (exitCode, output) = await RunAsync("officers", "add", "--name", "林晓", "--phone", "13805740001", "--role", "secretary", "--community", "binlan");
        var (_, list) = await RunAsync("officers", "list");

        Assert.Equal(0, exitCode);
        Assert.Matches(CodeLine(), output);
        Assert.Contains("绑定 ", output);
        Assert.Contains("林晓", list);
        Assert.Contains("138****0001", list);
        Assert.DoesNotContain("13805740001", list);
        Assert.Contains("17 officers.", list);
    }

    [Fact]
    public async Task A_liaison_without_a_grid_is_refused_with_exit_2()
    {
        await SeedAsync();

        var (exitCode, output) = await RunAsync("officers", "add", "--name", "某某", "--phone", "13805740002", "--role", "liaison");

        Assert.Equal(OfficerCommands.Refused, exitCode);
        Assert.Contains("A liaison needs --grid N.", output);
    }

    [Fact]
    public async Task Code_gives_an_imported_liaison_a_code_and_revoke_ends_the_binding()
    {
        await SeedAsync();

        var (codeExit, code) = await RunAsync("officers", "code", "19900000003");
        var (revokeExit, revoked) = await RunAsync("officers", "revoke", "19900000003");
        var (missingExit, _) = await RunAsync("officers", "revoke", "4242");

        Assert.Equal((0, 0, OfficerCommands.Refused), (codeExit, revokeExit, missingExit));
        Assert.Matches(CodeLine(), code);
        Assert.Contains("王思远", code);
        Assert.Contains("chat binding ended", revoked);
    }

    [Fact]
    public async Task Outbox_list_shows_a_waiting_alert_and_retry_requeues_a_dead_one()
    {
        await SeedAsync();
        await ExecuteAsync("""
            INSERT INTO outbox (id, kind, recipient_officer_id, payload, status, attempts, next_attempt_at, created_at, last_error)
            VALUES (900, 'ticket.filed', (SELECT id FROM officers WHERE phone = '19900000001'), '{}', 'pending', 0, '2026-11-28T01:00:00.0000000Z', '2026-11-28T01:00:00.0000000Z', NULL),
                   (901, 'ticket.urged', (SELECT id FROM officers WHERE phone = '19900000002'), '{}', 'dead', 8, '2026-11-28T01:00:00.0000000Z', '2026-11-28T01:00:00.0000000Z', 'HttpRequestException: down')
            """);

        var (_, all) = await RunAsync("outbox", "list");
        var (_, dead) = await RunAsync("outbox", "list", "--dead");
        var (retryExit, retried) = await RunAsync("outbox", "retry", "901");
        var (_, afterRetry) = await RunAsync("outbox", "list", "--dead");
        var (sentExit, _) = await RunAsync("outbox", "retry", "4242");

        Assert.Contains("waiting (not bound)", all);
        Assert.Contains("周海燕", all);
        Assert.Contains("1 alert.", dead);
        Assert.Contains("HttpRequestException: down", dead);
        Assert.Equal((0, OfficerCommands.Refused), (retryExit, sentExit));
        Assert.Contains("is due again now", retried);
        Assert.Contains("0 alerts.", afterRetry);
    }

    [Fact]
    public async Task Report_writes_the_weekly_record_as_xlsx()
    {
        await SeedAsync();
        var file = Path.Combine(_folder, "reports", "week.xlsx");

        var (exitCode, output) = await RunAsync("report", "--period", "week", "--date", "2026-11-25", "--out", file);
        var (badExit, _) = await RunAsync("report", "--period", "week", "--out", Path.Combine(_folder, "week.csv"));

        Assert.Equal((0, OfficerCommands.Refused), (exitCode, badExit));
        Assert.Contains("周记录 2026-11-23 – 2026-11-29: 0 received", output);
        using var workbook = new ClosedXML.Excel.XLWorkbook(file);
        Assert.Equal("合计", workbook.Worksheet("周记录").Cell(13, 1).GetString());
    }

    private async Task SeedAsync()
    {
        var quiet = new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null };
        Assert.Equal(0, await CommandLine.Build().Parse(["seed", "demo", Settings, "--Logging:LogLevel:Default=Warning"]).InvokeAsync(quiet));
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        var exitCode = await CommandLine.Build().Parse([.. args, Settings, "--Logging:LogLevel:Default=Warning"]).InvokeAsync(configuration);
        return (exitCode, output.ToString());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "zonebot.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"One-time code: [2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5} \(valid until \d{4}-\d{2}-\d{2} \d{2}:\d{2}, usable once\)")]
    private static partial Regex CodeLine();
}
