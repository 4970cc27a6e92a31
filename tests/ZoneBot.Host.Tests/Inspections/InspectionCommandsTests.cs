using System.CommandLine;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using ZoneBot.Host.Cli;

namespace ZoneBot.Host.Tests.Inspections;

/// <summary>`inspections plan` and `report --inspections` as typed, over a real SQLite file with the demo zone.</summary>
public sealed class InspectionCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonebot-inspections-" + Guid.NewGuid().ToString("N"));

    public InspectionCommandsTests() => Directory.CreateDirectory(_folder);

    private string Settings => $"--Database:ConnectionString=Data Source={Path.Combine(_folder, "zonebot.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Planning_a_year_twice_plans_it_once_and_the_yearly_report_counts_the_plan_per_grid_and_community()
    {
        var (planned, first) = await RunAsync("inspections", "plan", "--year", "2027");
        var (again, second) = await RunAsync("inspections", "plan", "--year", "2027");
        var file = Path.Combine(_folder, "inspections.xlsx");
        var (reported, summary) = await RunAsync("report", "--inspections", "--period", "year", "--date", "2027-05-01", "--out", file);

        Assert.Equal((0, 0, 0), (planned, again, reported));
        Assert.Matches("2027: [0-9]+ inspection\\(s\\) planned for 743 firm\\(s\\); 0 were planned already", first);
        Assert.Contains("2027: 0 inspection(s) planned for 743 firm(s)", second);
        Assert.Contains("Inspections 2027-01-01 – 2027-12-31:", summary);
        using var workbook = new XLWorkbook(file);
        var grids = workbook.Worksheet("按网格");
        Assert.Equal("网格", grids.Cell(2, 1).GetString());
        Assert.Equal("计划检查", grids.Cell(2, 2).GetString());
        Assert.Equal("1号网格", grids.Cell(3, 1).GetString());
        Assert.Equal("合计", grids.Cell(13, 1).GetString());
        var total = grids.Cell(13, 2).GetValue<int>();
        Assert.Equal(Enumerable.Range(3, 10).Sum(row => grids.Cell(row, 2).GetValue<int>()), total);
        Assert.Contains($"{total} planned", summary);
        Assert.Equal(total, workbook.Worksheet("按社区").Cell(5, 2).GetValue<int>());
        Assert.Equal("消防通道", workbook.Worksheet("隐患按检查项").Cell(1, 2).GetString());
    }

    [Theory]
    [InlineData("report --period year --out x.xlsx", "the year is for --inspections")]
    [InlineData("report --inspections --period month --out x.csv", "ending in .xlsx")]
    [InlineData("inspections plan --year 1900", "from 2000 to 2100")]
    public async Task Wrong_arguments_are_refused_with_a_reason(string command, string expected)
    {
        var (exitCode, output) = await RunAsync(command.Split(' '));

        Assert.Equal(OfficerCommands.Refused, exitCode);
        Assert.Contains(expected, output);
    }

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
