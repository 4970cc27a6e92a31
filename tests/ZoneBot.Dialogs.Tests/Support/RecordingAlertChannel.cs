using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using ZoneBot.Bot.Alerts;

namespace ZoneBot.Dialogs.Tests.Support;

/// <summary>A chat channel that records what it delivers, and fails the first <see cref="FailuresLeft"/> sends (or all, with -1).</summary>
public sealed class RecordingAlertChannel : IAlertChannel
{
    public ConcurrentQueue<(ConversationReference Reference, IMessageActivity Message)> Sent { get; } = new();

    public int FailuresLeft { get; set; }

    public int Calls;

    public async Task SendAsync(ConversationReference reference, IMessageActivity message, CancellationToken ct)
    {
        Interlocked.Increment(ref Calls);
        // A real channel takes a moment: two dispatchers really overlap.
        await Task.Delay(5, ct);
        if (FailuresLeft != 0)
        {
            FailuresLeft = FailuresLeft > 0 ? FailuresLeft - 1 : -1;
            throw new HttpRequestException("The channel service is down.");
        }
        Sent.Enqueue((reference, message));
    }
}
