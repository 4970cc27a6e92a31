using System.Collections.Concurrent;

namespace ZoneBot.Benchmarks.Scenarios;

/// <summary>Every ticket number the bot sent to a virtual user, as it arrived: what the crash test looks for after a kill -9.</summary>
public sealed class TicketLedger
{
    private readonly ConcurrentQueue<string> _numbers = new();

    public int Count => _numbers.Count;

    public IReadOnlyList<string> Numbers => [.. _numbers];

    public void Add(string number) => _numbers.Enqueue(number);
}
