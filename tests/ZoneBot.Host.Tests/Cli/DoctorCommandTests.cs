using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using ZoneBot.Host.Cli;
using ZoneBot.Host.Tests.Doctor;

namespace ZoneBot.Host.Tests.Cli;

/// <summary>`doctor` as the deployment guide runs it before a start: every check printed, exit 1 on a fail, nothing changed.</summary>
public sealed class DoctorCommandTests : IAsyncLifetime
{
    private GoodDeployment _deployment = null!;

    public async Task InitializeAsync() => _deployment = await GoodDeployment.CreateAsync();

    public async Task DisposeAsync() => await _deployment.DisposeAsync();

    [Fact]
    public async Task A_deployment_ready_to_go_live_passes_every_check_with_exit_0()
    {
        var (exitCode, output) = await RunAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("11 checks: 11 ok, 0 warn, 0 fail. Nothing was changed.", output);
        Assert.Matches(@"(?m)^ok +database +The SQLite file", output);
    }

    [Fact]
    public async Task A_failed_check_is_printed_with_its_fix_and_exits_1_and_nothing_is_changed()
    {
        var folder = Path.GetDirectoryName(_deployment.DatabaseFile)!;
        // The set-up's pooled connections closed, so that everything it wrote is in the file itself.
        SqliteConnection.ClearAllPools();
        var before = Snapshot(folder);

        var (exitCode, output) = await RunAsync("--DirectLine:TokenSigningKey=", "--Urls=http://0.0.0.0:3978", "--MicrosoftAppId=", "--MicrosoftAppPassword=");

        Assert.Equal(DoctorCommand.Failed, exitCode);
        Assert.Matches(@"(?m)^fail +signing-key +DirectLine:TokenSigningKey is empty", output);
        Assert.Matches(@"(?m)^fail +open-endpoint +Listens on http://0.0.0.0:3978", output);
        Assert.Matches(@"(?m)^ +fix: Set DirectLine:TokenSigningKey", output);
        Assert.Contains("11 checks: 9 ok, 0 warn, 2 fail.", output);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Snapshot(folder));
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] changes)
    {
        var settings = _deployment.Settings.Select(pair => $"--{pair.Key}={pair.Value}");
        var output = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = output };
        var exitCode = await CommandLine.Build().Parse(["doctor", .. settings, .. changes, "--Logging:LogLevel:Default=Warning"]).InvokeAsync(configuration);
        return (exitCode, output.ToString());
    }

    /// <summary>Every file under the folder with a hash of its content.</summary>
    private static string Snapshot(string folder) => string.Join("\n",
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => $"{Path.GetRelativePath(folder, file)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))}"));
}
