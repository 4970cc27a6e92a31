using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace ZoneBot.Benchmarks.Processes;

/// <summary>
/// A web host run as a child process on a free loopback port, so that its memory and CPU are its own and
/// the driver's are not counted with it. Ready when GET /healthz answers 200; the time from the process's
/// start to that answer is its cold start. Stopped with SIGTERM (a graceful ASP.NET Core shutdown), then killed.
/// </summary>
public sealed class ChildProcess : IBotTarget
{
    private const int OutputLinesKept = 40;
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ChildProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>From the process's start to the first 200 from /healthz.</summary>
    public TimeSpan ColdStart { get; private set; }

    public ProcessMemory Memory => ProcessMemory.Of(_process.Id);

    /// <summary>CPU time used so far, user and system, all threads.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="arguments"/> and <c>--urls</c> on a free port; waits until ready.</summary>
    public static async Task<ChildProcess> StartAsync(string name, string fileName, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Append($"--urls=http://127.0.0.1:{port}"))
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        // As the systemd unit of docs/deployment.md runs the host (the echo floor alike): two malloc arenas from the start.
        start.Environment["MALLOC_ARENA_MAX"] = "2";

        var watch = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var child = new ChildProcess(name, process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => child.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => child.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await child.WaitUntilReadyAsync(timeout, ct);
            child.ColdStart = watch.Elapsed;
            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    /// <summary>kill -9: no shutdown, no flush, no finally block; what was not durable is lost (the crash test).</summary>
    public async Task KillHardAsync()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, Sigkill);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>What the process printed last, to explain a failure.</summary>
    public string LastOutput()
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, Sigterm);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{LastOutput()}");
            }
            try
            {
                using var response = await http.GetAsync("healthz", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10, ct);
        }
        throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:0} s:{Environment.NewLine}{LastOutput()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > OutputLinesKept)
            {
                _output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const int Sigterm = 15;

    private const int Sigkill = 9;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
