using System.CommandLine;
using Microsoft.Data.Sqlite;
using ZoneBot.Domain;
using ZoneBot.Host.Cli;

namespace ZoneBot.Host.Tests.Cli;

/// <summary>`import firms` end to end: the verb as typed, over a real SQLite file loaded with the demo zone.</summary>
public sealed class ImportCommandsTests : IDisposable
{
    private const string Header = "统一社会信用代码,企业名称,地址,行业,颜色,网格";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonebot-import-" + Guid.NewGuid().ToString("N"));

    public ImportCommandsTests() => Directory.CreateDirectory(_folder);

    private string Settings => $"--Database:ConnectionString=Data Source={Path.Combine(_folder, "zonebot.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_good_file_is_imported_and_the_verb_exits_0()
    {
        var file = Csv("firms.csv", Header, $"{Code("91330282MA2XX0001")},慈溪市海晨照明有限公司,新兴大道300号,灯具,绿,1");

        var (exitCode, output) = await RunAsync("import", "firms", file, "--skip-invalid");

        Assert.Equal(0, exitCode);
        Assert.Contains("Firms: 1 added, 0 updated, 0 unchanged.", output);
        Assert.Equal(743L + 1, await CountFirmsAsync());
    }

    [Fact]
    public async Task A_rejected_row_is_reported_by_its_row_and_the_verb_exits_2_having_written_nothing()
    {
        var file = Csv("firms.csv", Header,
            $"{Code("91330282MA2XX0001")},慈溪市海晨照明有限公司,新兴大道300号,灯具,绿,1",
            $"{Code("91330282MA2XX0002")},慈溪市博远汽配有限公司,兴慈二路9号,汽配,绿,42");

        var (exitCode, output) = await RunAsync("import", "firms", file);

        Assert.Equal(ImportCommands.Rejected, exitCode);
        Assert.Contains("row 3: grid '42'", output);
        Assert.Contains("Nothing written", output);
        Assert.Equal(743L, await CountFirmsAsync());
    }

    [Fact]
    public async Task A_file_without_its_columns_is_refused_with_exit_1()
    {
        var file = Csv("firms.csv", "名称,电话", "甲,13805741234");

        var (exitCode, _) = await RunAsync("import", "firms", file);

        Assert.Equal(ImportCommands.Unreadable, exitCode);
    }

    /// <summary>Loads the demo zone (the verb migrates but does not seed), then runs the verb with the test's database.</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var quiet = new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null };
        Assert.Equal(0, await CommandLine.Build().Parse(["seed", "demo", Settings, "--Logging:LogLevel:Default=Warning"]).InvokeAsync(quiet));

        var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        var exitCode = await CommandLine.Build().Parse([.. args, Settings, "--Logging:LogLevel:Default=Warning"]).InvokeAsync(configuration);
        return (exitCode, output.ToString());
    }

    private string Csv(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Code(string first17) => first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

    private async Task<long> CountFirmsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "zonebot.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM firms";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
