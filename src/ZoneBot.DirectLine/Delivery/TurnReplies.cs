using System.Data.Common;
using Microsoft.Bot.Schema;
using ZoneBot.Data;
using ZoneBot.Data.Turns;
using ZoneBot.DirectLine.Storage;

namespace ZoneBot.DirectLine.Delivery;

/// <summary>
/// What the bot says in one turn of a Direct Line conversation, kept until the turn ends and then written with one call,
/// <see cref="DirectLineActivities.AppendRepliesAsync(string, IReadOnlyList{Activity}, CancellationToken)"/>: the turn's replies
/// take consecutive numbers in the log, written in the turn's one transaction (<see cref="TurnWrites"/>) when there is one. A failed turn's
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
        List<Activity> replies = [.. _pending];
        _pending.Clear();
        // Inside the turn's one transaction, with its duplicate-delivery claim and its state, when the plumbing runs one.
        if (replies.Count > 0 && TurnWrites.Current?.TryAdd((connection, transaction, ct) => WriteAsync(connection, transaction, replies, ct)) != true)
        {
            await WriteAsync(replies);
        }
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
            throw Disappeared();
        }
    }

    private async Task WriteAsync(DbConnection connection, DbTransaction transaction, List<Activity> replies, CancellationToken ct)
    {
        if (await log.AppendRepliesAsync(connection, transaction, conversationId, replies, ct) is null)
        {
            throw Disappeared();
        }
    }

    private InvalidOperationException Disappeared() =>
        new($"Direct Line conversation {conversationId} disappeared while the bot was answering.");

    // Pauses and traces are for the Emulator; an invoke response is not a message.
    private static bool IsForTheClient(Activity activity) => activity.Type is not (ActivityTypes.Delay or ActivityTypes.Trace or "invokeResponse");
}
