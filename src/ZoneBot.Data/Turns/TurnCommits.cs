using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using ZoneBot.Data.Sqlite;
using ZoneBot.Data.State;

namespace ZoneBot.Data.Turns;

/// <summary>
/// One durable write per turn. A turn starts with one round trip (has its activity been handled? its conversation's
/// state; who is talking, <see cref="TurnSender"/>) and ends with one transaction: the activity's claim with the replies
/// to replay, the bot state and whatever else the turn added to its <see cref="TurnWrites"/>. On SQLite (one instance per
/// file) a turn's activity is held in this process while it runs, so a second delivery waits for the first and then
/// answers as it did, and the commit goes through the <see cref="SqliteGroupCommit"/> writer with other turns'. On
/// PostgreSQL (several instances) each turn holds a transaction on a pooled connection from its first round trip, whose
/// uncommitted claim makes a second delivery, on any instance, wait for the first's commit; no lock in the host.
/// </summary>
public sealed class TurnCommits(Database database, TimeProvider time)
{
    // Claim and state in one round trip; an activity never handled, or a state never saved, finds no row.
    private const string ReadClaimAndState = """
        SELECT result AS Result FROM processed_activities
        WHERE channel_id = @channelId AND conversation_id = @conversationId AND activity_id = @activityId;
        SELECT key AS Key, etag AS ETag, data AS Data FROM bot_state WHERE key = @stateKey;
        """;

    // The same with who is talking, for a message's turn.
    private const string ReadClaimStateAndSender = ReadClaimAndState + TurnSender.Select;

    private const string InsertClaim = """
        INSERT INTO processed_activities (channel_id, conversation_id, activity_id, result, created_at)
        VALUES (@channelId, @conversationId, @activityId, @result, @createdAt)
        ON CONFLICT (channel_id, conversation_id, activity_id) DO NOTHING
        """;

    private const string CompleteClaim = """
        UPDATE processed_activities SET result = @result
        WHERE channel_id = @channelId AND conversation_id = @conversationId AND activity_id = @activityId
        """;

    // On PostgreSQL the claim's answer and the COMMIT go in one round trip (Npgsql sees the server end the transaction).
    // Should the UPDATE fail, the server skips the COMMIT and the transaction is rolled back when the turn is disposed.
    private const string CompleteClaimAndCommit = CompleteClaim + ";\nCOMMIT";

    // How long a second delivery waits for the first before answering nothing, as a channel's retry would wait.
    private static readonly TimeSpan WaitForFirstDelivery = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<ActivityKey, TaskCompletionSource> _inFlight = new();

    private readonly Database _database = database;

    /// <summary>
    /// Starts a turn: <paramref name="key"/> is its activity (null for what is not claimed: events, updates),
    /// <paramref name="stateKey"/> the storage key of the state to read with it (null for none), <paramref name="sender"/>
    /// who is talking, read in the same round trip (null for none): the turn's <see cref="OpenTurn.Sender"/>.
    /// </summary>
    public async Task<OpenTurn> OpenAsync(ActivityKey? key, string? stateKey, TurnSenderKey? sender = null, CancellationToken ct = default) =>
        _database.IsSqlite ? await OpenOnSqliteAsync(key, stateKey, sender, ct) : await OpenOnPostgresAsync(key, stateKey, sender, ct);

    private async Task<OpenTurn> OpenOnSqliteAsync(ActivityKey? key, string? stateKey, TurnSenderKey? sender, CancellationToken ct)
    {
        TaskCompletionSource? mine = null;
        if (key is not null)
        {
            var waited = TimeProvider.System.GetTimestamp();
            mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            while (!_inFlight.TryAdd(key, mine))
            {
                if (!_inFlight.TryGetValue(key, out var first))
                {
                    continue;
                }
                var left = WaitForFirstDelivery - TimeProvider.System.GetElapsedTime(waited);
                if (left <= TimeSpan.Zero || !await CompletesWithinAsync(first.Task, left, ct))
                {
                    // The first delivery is still running: answer nothing rather than handle it twice.
                    return new SqliteTurn(this, null, null) { Repeat = true };
                }
            }
        }
        try
        {
            await using var connection = await _database.OpenAsync(ct);
            using var results = await connection.QueryMultipleAsync(new CommandDefinition(
                sender is null ? ReadClaimAndState : ReadClaimStateAndSender, Parameters(key, stateKey, sender), cancellationToken: ct));
            var claims = (await results.ReadAsync<ClaimRow>()).ToList();
            var state = await results.ReadSingleOrDefaultAsync<StoredState>();
            return new SqliteTurn(this, key, mine, state)
            {
                Repeat = claims.Count > 0,
                Earlier = claims.FirstOrDefault()?.Result,
                Sender = sender is null ? null : await TurnSender.ReadAsync(results, sender),
            };
        }
        catch
        {
            Release(key, mine);
            throw;
        }
    }

    private async Task<OpenTurn> OpenOnPostgresAsync(ActivityKey? key, string? stateKey, TurnSenderKey? sender, CancellationToken ct)
    {
        if (key is null)
        {
            StoredState? state = null;
            TurnSender? found = null;
            if (stateKey is not null || sender is not null)
            {
                await using var reader = await _database.OpenAsync(ct);
                using var results = await reader.QueryMultipleAsync(new CommandDefinition(
                    sender is null ? ReadClaimAndState : ReadClaimStateAndSender, Parameters(null, stateKey, sender), cancellationToken: ct));
                await results.ReadAsync<ClaimRow>();
                state = await results.ReadSingleOrDefaultAsync<StoredState>();
                found = sender is null ? null : await TurnSender.ReadAsync(results, sender);
            }
            return new PostgresTurn(this, null, null, null, state) { Sender = found };
        }

        // The claim, then the claim's row (another delivery's, committed while ours waited), the state and who is talking: one round trip.
        const string claimAndRead = InsertClaim + " RETURNING 1 AS Result;\n" + ReadClaimAndState;
        const string claimAndReadWithSender = InsertClaim + " RETURNING 1 AS Result;\n" + ReadClaimStateAndSender;
        var connection = await _database.OpenAsync(ct);
        DbTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(ct);
            var parameters = Parameters(key, stateKey, sender);
            parameters.Add("result", null);
            parameters.Add("createdAt", time.GetUtcNow());
            using (var results = await connection.QueryMultipleAsync(new CommandDefinition(
                sender is null ? claimAndRead : claimAndReadWithSender, parameters, transaction, cancellationToken: ct)))
            {
                var claimed = (await results.ReadAsync<object>()).Any();
                var claims = (await results.ReadAsync<ClaimRow>()).ToList();
                var state = await results.ReadSingleOrDefaultAsync<StoredState>();
                if (claimed)
                {
                    return new PostgresTurn(this, key, connection, transaction, state)
                    {
                        Sender = sender is null ? null : await TurnSender.ReadAsync(results, sender),
                    };
                }
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
                return new PostgresTurn(this, null, null, null, null) { Repeat = true, Earlier = claims.FirstOrDefault()?.Result };
            }
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> CompletesWithinAsync(Task task, TimeSpan limit, CancellationToken ct)
    {
        try
        {
            await task.WaitAsync(limit, ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static DynamicParameters Parameters(ActivityKey? key, string? stateKey, TurnSenderKey? sender)
    {
        var parameters = new DynamicParameters(new
        {
            channelId = key?.ChannelId,
            conversationId = key?.ConversationId,
            activityId = key?.ActivityId,
            stateKey,
        });
        if (sender is not null)
        {
            TurnSender.AddParameters(parameters, sender);
        }
        return parameters;
    }

    private TurnWrite Claim(ActivityKey key, string? result)
    {
        var parameters = new { channelId = key.ChannelId, conversationId = key.ConversationId, activityId = key.ActivityId, result, createdAt = time.GetUtcNow() };
        return async (connection, transaction, ct) =>
        {
            var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertClaim, parameters, transaction, cancellationToken: ct));
            if (inserted == 0)
            {
                throw new DuplicateDeliveryException(key);
            }
        };
    }

    private void Release(ActivityKey? key, TaskCompletionSource? mine)
    {
        if (key is not null && mine is not null)
        {
            _inFlight.TryRemove(new KeyValuePair<ActivityKey, TaskCompletionSource>(key, mine));
            mine.TrySetResult();
        }
    }

    private sealed record ClaimRow(string? Result);

    /// <summary>A turn on SQLite: its activity held in this process until it ends; its writes committed by the group writer.</summary>
    private sealed class SqliteTurn : OpenTurn
    {
        private readonly TurnCommits _commits;
        private readonly ActivityKey? _key;
        private readonly TaskCompletionSource? _held;

        public SqliteTurn(TurnCommits commits, ActivityKey? key, TaskCompletionSource? held, StoredState? state = null)
        {
            _commits = commits;
            _key = key;
            _held = held;
            State = state;
        }

        public bool Repeat { init => IsRepeat = value; }

        public string? Earlier { init => EarlierResult = value; }

        public override Task CommitAsync(string? result, IReadOnlyList<TurnWrite> writes, CancellationToken ct)
        {
            if (IsRepeat)
            {
                throw new InvalidOperationException("A repeated delivery writes nothing.");
            }
            return _commits._database.GroupCommit!.CommitAsync(_key is null ? writes : [_commits.Claim(_key, result), .. writes], ct);
        }

        public override ValueTask DisposeAsync()
        {
            _commits.Release(_key, _held);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// A turn on PostgreSQL: its transaction, holding the claim, is open from the first round trip to the commit. The first
    /// round trip is the BEGIN, the claim and the reads; the last, the claim's answer and the COMMIT; between them one per write.
    /// </summary>
    private sealed class PostgresTurn : OpenTurn
    {
        private readonly TurnCommits _commits;
        private readonly ActivityKey? _key;
        private readonly DbConnection? _connection;
        private readonly DbTransaction? _transaction;

        public PostgresTurn(TurnCommits commits, ActivityKey? key, DbConnection? connection, DbTransaction? transaction, StoredState? state)
        {
            _commits = commits;
            _key = key;
            _connection = connection;
            _transaction = transaction;
            State = state;
        }

        public bool Repeat { init => IsRepeat = value; }

        public string? Earlier { init => EarlierResult = value; }

        public override async Task CommitAsync(string? result, IReadOnlyList<TurnWrite> writes, CancellationToken ct)
        {
            if (IsRepeat)
            {
                throw new InvalidOperationException("A repeated delivery writes nothing.");
            }
            if (_connection is null || _transaction is null || _key is null)
            {
                if (writes.Count > 0)
                {
                    await _commits._database.WriteAsync(writes, ct);
                }
                return;
            }
            foreach (var write in writes)
            {
                await write(_connection, _transaction, ct);
            }
            await _connection.ExecuteAsync(new CommandDefinition(
                CompleteClaimAndCommit, new { channelId = _key.ChannelId, conversationId = _key.ConversationId, activityId = _key.ActivityId, result }, _transaction, cancellationToken: ct));
        }

        public override async ValueTask DisposeAsync()
        {
            // Not committed: rolled back, the claim with it.
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync();
            }
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
        }
    }
}
