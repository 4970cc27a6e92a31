using Dapper;
using ZoneBot.Data.State;

namespace ZoneBot.Data.Turns;

/// <summary>
/// What a turn writes when it ends: the bot state it saved, what it recorded of its replies, and whatever else a
/// component adds. They are committed together with the turn's duplicate-delivery claim, in one transaction
/// (<see cref="TurnCommits"/>): all of them or none. The turn's plumbing makes one per turn and makes it
/// <see cref="Current"/> while the turn runs; after the commit (or a failed turn) it takes no more writes, and a
/// caller whose <see cref="TryAdd(TurnWrite)"/> answers false writes on its own.
/// </summary>
public sealed class TurnWrites
{
    private static readonly AsyncLocal<TurnWrites?> Running = new();

    private readonly List<TurnWrite> _writes = [];
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _closed;

    /// <summary>The writes of the turn running on this async flow; null outside a turn.</summary>
    public static TurnWrites? Current
    {
        get => Running.Value;
        set => Running.Value = value;
    }

    /// <summary>Bot state read with the turn's first round trip, by storage key; a storage serves it instead of reading again.</summary>
    public Dictionary<string, StoredState?> Prefetched { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a write; false once the turn's writes were committed or abandoned.</summary>
    public bool TryAdd(TurnWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }
            _writes.Add(write);
            return true;
        }
    }

    /// <summary>Adds one SQL statement with its <c>@parameters</c>; false once the turn's writes were committed or abandoned.</summary>
    public bool TryAdd(string sql, object? parameters) =>
        TryAdd((connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct)));

    /// <summary>
    /// One SQL statement committed with the turn running on this async flow; outside a turn (or once its writes were
    /// committed) written now, on its own (<see cref="Database.WriteAsync{T}"/>).
    /// </summary>
    public static Task WriteWithTurnAsync(Database database, string sql, object? parameters, CancellationToken ct) =>
        Current?.TryAdd(sql, parameters) == true ? Task.CompletedTask : database.ExecuteWriteAsync(sql, parameters, ct);

    /// <summary>
    /// Adds the write of <paramref name="slot"/>, or replaces the one added before under the same slot (where it was):
    /// a state saved twice in a turn is written once.
    /// </summary>
    public bool TryAddOrReplace(string slot, TurnWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }
            if (_slots.TryGetValue(slot, out var index))
            {
                _writes[index] = write;
            }
            else
            {
                _slots[slot] = _writes.Count;
                _writes.Add(write);
            }
            return true;
        }
    }

    /// <summary>The writes, in the order added; none are taken after this.</summary>
    public IReadOnlyList<TurnWrite> Close()
    {
        lock (_gate)
        {
            _closed = true;
            return [.. _writes];
        }
    }
}
