using ZoneBot.Data.State;

namespace ZoneBot.Data.Turns;

/// <summary>
/// A turn from its first round trip to its commit (<see cref="TurnCommits.OpenAsync"/>): whether its activity was handled
/// before (and what was answered), the state read with it, and the commit of all it writes. Disposing it without a commit
/// abandons the turn: nothing of it is written, and a retry of its activity is handled anew.
/// </summary>
public abstract class OpenTurn : IAsyncDisposable
{
    /// <summary>True when an earlier delivery of the activity was handled: answer with <see cref="EarlierResult"/>, write nothing.</summary>
    public bool IsRepeat { get; protected init; }

    /// <summary>The earlier delivery's answer (JSON of its replies); null when it left none.</summary>
    public string? EarlierResult { get; protected init; }

    /// <summary>The bot state row read with the turn's first round trip; null when there is none (or none was asked for).</summary>
    public StoredState? State { get; protected init; }

    /// <summary>Who is talking, read with the turn's first round trip; null when it was not asked for (or the delivery is a repeat).</summary>
    public TurnSender? Sender { get; internal init; }

    /// <summary>
    /// Writes the claim of the activity with its <paramref name="result"/> and every write of the turn, in one transaction;
    /// returns once it is durable. Throws (and writes nothing) when one of them fails, or when another delivery of the
    /// activity was committed first (<see cref="DuplicateDeliveryException"/>).
    /// </summary>
    public abstract Task CommitAsync(string? result, IReadOnlyList<TurnWrite> writes, CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
