namespace ZoneBot.Host.Hosting;

/// <summary>
/// The services without the web server, for the command-line verbs: built by <see cref="ZoneBotHost"/>, so the
/// same settings and the same wiring as the web host. Nothing runs until a verb asks (the terminal chat starts
/// the hosted services itself).
/// </summary>
public sealed class ConsoleServices : IServiceProvider, IDisposable, IAsyncDisposable
{
    private readonly IHost _host;

    private ConsoleServices(IHost host) => _host = host;

    public static ConsoleServices Build(string[] args) => new(ZoneBotHost.CreateConsoleBuilder(args).Build());

    public object? GetService(Type serviceType) => _host.Services.GetService(serviceType);

    public void Dispose() => _host.Dispose();

    public ValueTask DisposeAsync() => _host is IAsyncDisposable disposable ? disposable.DisposeAsync() : Disposed();

    private ValueTask Disposed()
    {
        _host.Dispose();
        return ValueTask.CompletedTask;
    }
}
