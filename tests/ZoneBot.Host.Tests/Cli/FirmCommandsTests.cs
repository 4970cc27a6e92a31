using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ZoneBot.Data;
using ZoneBot.Data.Firms;
using ZoneBot.Data.Verification;
using ZoneBot.Domain;
using ZoneBot.Host.Cli;

namespace ZoneBot.Host.Tests.Cli;

/// <summary>`firms code`: an administrator's membership code for a firm, over a real SQLite file with the demo zone.</summary>
public sealed partial class FirmCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zonebot-firms-" + Guid.NewGuid().ToString("N"));

    public FirmCommandsTests() => Directory.CreateDirectory(_folder);

    private string DatabaseFile => Path.Combine(_folder, "zonebot.db");

    private string Settings => $"--Database:ConnectionString=Data Source={DatabaseFile}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Code_prints_a_one_time_code_that_verifies_a_chat_user_once()
    {
        await RunAsync("seed", "demo");

        var (exitCode, output) = await RunAsync("firms", "code", "永盛灯具");

        Assert.Equal(0, exitCode);
        Assert.Contains("宁波永盛灯具科技有限公司", output);
        var code = CodeIn().Match(output).Value;
        var database = new Database(new DatabaseOptions { ConnectionString = $"Data Source={DatabaseFile}" });
        var verification = new FirmVerification(database, new DevelopmentSmsSender(database, TimeProvider.System), new FirmVerificationOptions(), TimeProvider.System);
        var firmId = (await new FirmDirectory(database, TimeProvider.System).SearchAsync("永盛灯具")).Single!.Id;
        Assert.Equal(VerifyOutcome.Verified, (await verification.VerifyAsync(firmId, "test", "clerk", null, code)).Outcome);
        Assert.Equal(VerifyOutcome.Invalid, (await verification.VerifyAsync(firmId, "test", "another", null, code)).Outcome);
    }

    [Fact]
    public async Task An_unknown_or_ambiguous_firm_is_refused_with_exit_2()
    {
        await RunAsync("seed", "demo");

        var (missingExit, missing) = await RunAsync("firms", "code", "不存在的公司名字");
        var (ambiguousExit, _) = await RunAsync("firms", "code", "电器");

        Assert.Equal((OfficerCommands.Refused, OfficerCommands.Refused), (missingExit, ambiguousExit));
        Assert.Contains("No firm matches", missing);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        var exitCode = await CommandLine.Build().Parse([.. args, Settings, "--Logging:LogLevel:Default=Warning"]).InvokeAsync(configuration);
        return (exitCode, output.ToString());
    }

    [GeneratedRegex(@"[2-9A-Z]{5}-[2-9A-Z]{5}")]
    private static partial Regex CodeIn();
}
