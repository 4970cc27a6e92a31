using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ZoneBot.Host.Tests;

/// <summary>Every log line written through it, formatted with its level, for tests that check what a service logs.</summary>
public sealed class LogCapture<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
}
