using Microsoft.Bot.Schema;
using ZoneBot.DirectLine.Storage;

namespace ZoneBot.DirectLine.Delivery;

/// <summary>
/// What the bot says in one turn of a Direct Line conversation, kept until the turn ends and then written with one call,
/// <see cref="DirectLineActivities.AppendRepliesAsync(string, IReadOnlyList{Activity}, CancellationToken)"/>: the turn's replies
/// take consecutive numbers in the log, and that one write is the seam a turn-wide transaction can take in. A failed turn's
/// replies are discarded; sends after the end (the adapter's error handler) are written at once.
/// </summary>
internal sealed class TurnReplies(DirectLineActivities log, string conversationId)
{
    private readonly List<Activity> _pending = [];
    private bool _ended;

    public async Task<ResourceResponse[]> SendAsync(List<Activity> activities)
    {
        var kept = activities.Where(IsForTheClient).ToList();
        if (_ended)
        {
            await WriteAsync(kept);
        }
        else
        {
            _pending.AddRange(kept);
        }
        // The ids are given when the replies are written; nothing in the bot reads them back.
        return [.. activities.Select(_ => new ResourceResponse(string.Empty))];
    }

    public async Task FlushAsync()
    {
        _ended = true;
        await WriteAsync(_pending);
        _pending.Clear();
    }

    public void Discard()
    {
        _ended = true;
        _pending.Clear();
    }

    private async Task WriteAsync(List<Activity> replies)
    {
        if (replies.Count > 0 && await log.AppendRepliesAsync(conversationId, replies, CancellationToken.None) is null)
        {
            throw new InvalidOperationException($"Direct Line conversation {conversationId} disappeared while the bot was answering.");
        }
    }

    // Pauses and traces are for the Emulator; an invoke response is not a message.
    private static bool IsForTheClient(Activity activity) => activity.Type is not (ActivityTypes.Delay or ActivityTypes.Trace or "invokeResponse");
}
