using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ZoneBot.Benchmarks.Processes;

namespace ZoneBot.Benchmarks.Tests.Support;

/// <summary>A web app of this process on a free loopback port, as a benchmark target: its CPU and memory are this process's.</summary>
public sealed class LoopbackBot : IBotTarget
{
    private readonly WebApplication _app;
    private readonly IAsyncDisposable? _behind;

    private LoopbackBot(string name, WebApplication app, IAsyncDisposable? behind, Uri baseAddress, TimeSpan coldStart)
    {
        Name = name;
        _app = app;
        _behind = behind;
        BaseAddress = baseAddress;
        ColdStart = coldStart;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public TimeSpan ColdStart { get; }

    public ProcessMemory Memory => ProcessMemory.Of(Environment.ProcessId);

    public TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Starts <paramref name="app"/>, built with <c>--urls=http://127.0.0.1:0</c>; <paramref name="behind"/> (a bot it forwards to) is stopped with it.</summary>
    public static async Task<IBotTarget> StartAsync(string name, WebApplication app, IAsyncDisposable? behind = null)
    {
        var watch = Stopwatch.StartNew();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackBot(name, app, behind, new Uri(address.TrimEnd('/') + "/"), watch.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_behind is not null)
        {
            await _behind.DisposeAsync();
        }
    }
}
