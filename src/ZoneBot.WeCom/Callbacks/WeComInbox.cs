using System.Threading.Channels;

namespace ZoneBot.WeCom.Callbacks;

/// <summary>
/// WeCom wants an answer to a callback within 5 seconds and retries otherwise, while a turn may take longer (a
/// firm search, the database, the reply through the API). So callbacks are acknowledged at once and queued here;
/// one queue per slot, a user always in the same slot, keeps each conversation's messages in order while
/// different users are served side by side.
/// </summary>
public sealed class WeComInbox
{
    public const int Slots = 8;

    private readonly Channel<InboundCallback>[] _queues =
        [.. Enumerable.Range(0, Slots).Select(_ => Channel.CreateBounded<InboundCallback>(new BoundedChannelOptions(1000) { SingleReader = true }))];

    /// <returns>false when the slot's queue is full (the service is overloaded): WeCom's retry will bring it again.</returns>
    public bool TryEnqueue(InboundCallback callback) =>
        _queues[(uint)StringComparer.Ordinal.GetHashCode(callback.Message.FromUserName) % Slots].Writer.TryWrite(callback);

    public ChannelReader<InboundCallback> Reader(int slot) => _queues[slot].Reader;
}
