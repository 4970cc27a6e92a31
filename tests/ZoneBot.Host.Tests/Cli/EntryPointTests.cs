using System.Net;
using ZoneBot.Host.Cli;

namespace ZoneBot.Host.Tests.Cli;

/// <summary>
/// Issue 17: the executable reads its command line and its settings one way. A misspelt verb or an option a verb does
/// not have prints the usage and exits non-zero (it used to start the web server); settings, `--Key=value` or
/// `--Key value`, reach the verbs and the web host alike, after appsettings.json and the environment.
/// </summary>
public sealed class EntryPointTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zonebot-entry-").FullName;

    private string DatabaseFile => Path.Combine(_folder, "zonebot.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("improt firms roster.csv", "improt")]
    [InlineData("tickets list --verbose", "--verbose")]
    [InlineData("--improt=firms", "--improt=firms")]
    [InlineData("db migrate --Database:Provider", "--Database:Provider")]
    [InlineData("seed demo now", "now")]
    public async Task An_unknown_verb_or_option_prints_the_usage_and_exits_non_zero_without_starting_anything(string commandLine, string stray)
    {
        var (exitCode, output, error) = await HostProcess.RunAsync(
            [.. commandLine.Split(' '), $"--Database:ConnectionString=Data Source={DatabaseFile}", "--Database:CreateIfMissing=true"], _folder);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"Unrecognized command or argument '{stray}'", error);
        Assert.Contains("Usage:", output);
        Assert.False(File.Exists(DatabaseFile), "nothing may have run: no database created");
    }

    [Fact]
    public async Task A_verb_reads_its_settings_from_the_environment_and_the_command_line_wins_over_it()
    {
        var fromEnvironment = Path.Combine(_folder, "from-environment.db");
        var environment = new Dictionary<string, string> { ["Database__ConnectionString"] = $"Data Source={fromEnvironment}" };

        var (environmentExit, environmentOutput, _) = await HostProcess.RunAsync(["db", "migrate"], _folder, environment);
        var (commandLineExit, commandLineOutput, _) = await HostProcess.RunAsync(
            ["db", "migrate", "--Database:ConnectionString", $"Data Source={DatabaseFile}"], _folder,
            new Dictionary<string, string> { ["Database__ConnectionString"] = $"Data Source={Path.Combine(_folder, "never.db")}" });

        Assert.Equal((0, 0), (environmentExit, commandLineExit));
        Assert.Contains("Applied", environmentOutput);
        Assert.Contains("Applied", commandLineOutput);
        Assert.True(File.Exists(fromEnvironment));
        Assert.True(File.Exists(DatabaseFile));
        Assert.False(File.Exists(Path.Combine(_folder, "never.db")));
    }

    [Fact]
    public async Task The_web_host_takes_settings_in_both_forms_and_answers_healthz()
    {
        await using var host = HostProcess.Start(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Database:ConnectionString=Data Source={DatabaseFile}",
            "--Database:CreateIfMissing=true",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        ], _folder);

        var address = await host.WaitForAsync(@"Now listening on: (http://127\.0\.0\.1:\d+)", TimeSpan.FromSeconds(90));
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.True(File.Exists(DatabaseFile));
    }

    [Theory]
    [InlineData(new[] { "--urls", "http://127.0.0.1:3978", "--Database:Provider=postgres" }, new string[0])]
    [InlineData(new[] { "--DATABASE:connectionstring=x", "--Database__Provider=sqlite", "--Kestrel:Limits:MaxRequestBodySize=1" }, new string[0])]
    [InlineData(new[] { "improt", "--urls" }, new[] { "improt", "--urls" })]
    [InlineData(new[] { "--urls", "--Database:Provider=sqlite", "-v", "--" }, new[] { "--urls", "-v", "--" })]
    [InlineData(new[] { "--Databse:Provider=sqlite", "/urls=x" }, new[] { "--Databse:Provider=sqlite", "/urls=x" })]
    public void Settings_are_told_apart_from_strays(string[] unmatched, string[] strays)
    {
        Assert.Equal(strays, SettingTokens.Strays(unmatched, SettingTokens.KnownSections()));
    }
}
