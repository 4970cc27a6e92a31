using System.CommandLine;
using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using Microsoft.Data.Sqlite;
using ZoneBot.Host.Cli;

namespace ZoneBot.Host.Tests.Cli;

/// <summary>`teams list` and `teams roster` end to end: the verbs as typed, over a real SQLite file with the demo zone.</summary>
public sealed class TeamCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonebot-teams-" + Guid.NewGuid().ToString("N"));

    public TeamCommandsTests() => Directory.CreateDirectory(_folder);

    private string Settings => $"--Database:ConnectionString=Data Source={Path.Combine(_folder, "zonebot.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Teams_list_gives_each_team_with_its_members_and_leader_and_the_totals()
    {
        var (exitCode, output) = await RunAsync("teams", "list");

        Assert.Equal(0, exitCode);
        Assert.Contains("safety_patrol    平安巡防志愿者队伍: 38 member(s); leader 邵永刚", output);
        Assert.Contains("party_members    党员志愿者队伍: 32 member(s); leader 张红梅", output);
        Assert.Contains("3 team(s), 105 membership(s), 93 volunteer(s).", output);
    }

    [Fact]
    public async Task A_csv_roster_is_written_with_the_personal_data_notice_first_and_full_phones()
    {
        var file = Path.Combine(_folder, "patrol.csv");

        var (exitCode, output) = await RunAsync("teams", "roster", "safety_patrol", "--out", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("Wrote 38 member(s) of 平安巡防志愿者队伍", output);
        Assert.Contains("personal data", output);
        using var reader = new CsvReader(new StreamReader(file), CultureInfo.InvariantCulture);
        var lines = new List<string[]>();
        while (reader.Read())
        {
            lines.Add(reader.Parser.Record!);
        }
        Assert.Contains("个人信息", lines[0][0]);
        Assert.Equal(["姓名", "手机号", "所在企业", "可参加时间", "党员", "报名时间", "同意时间"], lines[1]);
        Assert.Equal(38, lines.Count - 2);
        Assert.All(lines.Skip(2), line => Assert.Matches("^1990001[0-9]{4}$", line[1]));
    }

    [Fact]
    public async Task An_xlsx_roster_found_by_the_team_name_is_written_and_reads_back()
    {
        var file = Path.Combine(_folder, "party.xlsx");

        var (exitCode, _) = await RunAsync("teams", "roster", "党员志愿者队伍", "--out", file);

        Assert.Equal(0, exitCode);
        using var workbook = new XLWorkbook(file);
        var sheet = workbook.Worksheets.First();
        Assert.Contains("个人信息", sheet.Cell(1, 1).GetString());
        Assert.Equal("手机号", sheet.Cell(2, 2).GetString());
        var rows = sheet.RangeUsed()!.RowCount();
        Assert.Equal(32 + 2, rows);
        Assert.Matches("^1990001[0-9]{4}$", sheet.Cell(3, 2).GetString());
        Assert.Equal("是", sheet.Cell(3, 5).GetString());
    }

    [Theory]
    [InlineData("巡逻队", "roster.csv", "No team '巡逻队'")]
    [InlineData("safety_patrol", "roster.pdf", ".csv or .xlsx")]
    public async Task An_unknown_team_or_file_type_is_refused_with_exit_1_and_no_file(string team, string fileName, string expected)
    {
        var file = Path.Combine(_folder, fileName);

        var (exitCode, output) = await RunAsync("teams", "roster", team, "--out", file);

        Assert.Equal(TeamCommands.BadArguments, exitCode);
        Assert.Contains(expected, output);
        Assert.False(File.Exists(file));
    }

    /// <summary>Loads the demo zone, then runs the verb with the test's database.</summary>
    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var quiet = new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null };
        Assert.Equal(0, await CommandLine.Build().Parse(["seed", "demo", Settings, "--Logging:LogLevel:Default=Warning"]).InvokeAsync(quiet));

        var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        var exitCode = await CommandLine.Build().Parse([.. args, Settings, "--Logging:LogLevel:Default=Warning"]).InvokeAsync(configuration);
        return (exitCode, output.ToString());
    }
}
