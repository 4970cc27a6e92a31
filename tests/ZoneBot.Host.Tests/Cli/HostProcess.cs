using System.Diagnostics;
using System.Text;

namespace ZoneBot.Host.Tests.Cli;

/// <summary>
/// The real executable in a process of its own (`dotnet ZoneBot.Host.dll ...`, the build's copy beside the tests), as an
/// administrator or a service manager starts it: its exit code, its output and its error output.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private HostProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string workingFolder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingFolder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ZoneBot.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Production, whatever the test runner's own environment says: no database is created unless asked.
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Append(_output, line.Data);
        _process.ErrorDataReceived += (_, line) => Append(_error, line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output => Read(_output);

    public string Error => Read(_error);

    public static HostProcess Start(IEnumerable<string> args, string workingFolder, IReadOnlyDictionary<string, string>? environment = null) =>
        new(args, environment ?? new Dictionary<string, string>(), workingFolder);

    /// <summary>Runs it to its end; a process still running after <paramref name="timeout"/> is killed and the test fails.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        IEnumerable<string> args, string workingFolder, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        await using var process = Start(args, workingFolder, environment);
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(90));
        try
        {
            await process._process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The host was still running after {timeout ?? TimeSpan.FromSeconds(90)}: it started instead of answering. Output:\n{process.Output}");
        }
        // The asynchronous readers finish after the exit; this waits for them.
        await process._process.WaitForExitAsync();
        return (process._process.ExitCode, process.Output, process.Error);
    }

    /// <summary>Waits until the output has a line matching <paramref name="pattern"/>, and returns the first group.</summary>
    public async Task<string> WaitForAsync(string pattern, TimeSpan timeout)
    {
        var regex = new System.Text.RegularExpressions.Regex(pattern);
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (regex.Match(Output) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
            Assert.False(_process.HasExited, $"The host exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Output}\n{Error}");
            await Task.Delay(100);
        }
        Assert.Fail($"No line matching {pattern} within {timeout}:\n{Output}\n{Error}");
        return string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.AppendLine(line);
            }
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
