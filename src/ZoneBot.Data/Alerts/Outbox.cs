using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Alerts;

/// <summary>
/// The dispatcher's side of the outbox: claim due alerts with a lease, then record what became of
/// each (sent, failed with backoff or dead, waiting for an officer to bind). Everything is in the
/// database, so a restart loses nothing: an alert claimed by a dispatcher that died is taken again
/// when its lease runs out. Two dispatchers never hold the same row: the claim is one statement.
/// </summary>
public sealed class Outbox(Database database, TimeProvider time, AlertOptions options)
{
    private const string Claimed = """
        id AS Id, kind AS Kind, recipient_officer_id AS RecipientOfficerId, recipient_channel_id AS RecipientChannelId,
        recipient_user_id AS RecipientUserId, payload AS Payload, attempts AS Attempts, webhook_sent_at AS WebhookSentAt,
        claimed_until AS ClaimedUntil, created_at AS CreatedAt
        """;

    // Due, pending, and not held by a dispatcher whose lease still runs. The inner SELECT picks, the
    // UPDATE takes: on SQLite the statement holds the write lock; on PostgreSQL the inner SELECT ends with
    // FOR UPDATE SKIP LOCKED (DatabaseProvider.SkipLockedRows), so concurrent dispatchers pass over each
    // other's rows rather than wait for them and come back short. The outer WHERE repeats the test, so a
    // row taken between the two is not taken twice. The lease is what brings back the rows of a dispatcher
    // that died: once claimed_until has passed, the row is due again.
    // A recipient gets a ticket's alerts in the order they were written, retries included: a row waits while an
    // earlier row about the same ticket for the same recipient is undelivered (pending, in backoff or not); a dead
    // one no longer holds the others back.
    private readonly string _claim = $"""
        UPDATE outbox
        SET claimed_until = @leaseUntil
        WHERE id IN (
                SELECT id FROM outbox AS o
                WHERE status = 'pending' AND next_attempt_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
                  AND NOT EXISTS (
                      SELECT 1 FROM outbox AS e
                      WHERE e.ticket_id = o.ticket_id AND e.id < o.id AND e.status = 'pending'
                        AND (e.recipient_officer_id = o.recipient_officer_id
                             OR (e.recipient_channel_id = o.recipient_channel_id AND e.recipient_user_id = o.recipient_user_id)))
                ORDER BY next_attempt_at, id
                LIMIT @batch
                {database.Provider.SkipLockedRows})
          AND status = 'pending' AND (claimed_until IS NULL OR claimed_until <= @now)
        RETURNING {Claimed}
        """;

    public AlertOptions Options => options;

    /// <summary>Claims up to a batch of due alerts, oldest due first, until now + the lease.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var rows = await database.QueryWriteAsync<MessageRow>(_claim, new { now, leaseUntil = now + options.Lease, batch = options.BatchSize }, ct);
        return [.. rows.Select(row => row.ToMessage()).OrderBy(message => message.Id)];
    }

    /// <summary>Where the alert goes in chat: the officer's or the chat user's stored conversation reference.</summary>
    public async Task<AlertTarget?> TargetAsync(OutboxMessage message, CancellationToken ct = default)
    {
        const string officer = "SELECT conversation_reference AS Reference, 1 AS IsOfficer, name AS Name FROM officers WHERE id = @id";
        const string user = """
            SELECT reference AS Reference, 0 AS IsOfficer, NULL AS Name FROM chat_references WHERE channel_id = @channelId AND user_id = @userId
            """;
        await using var connection = await database.OpenAsync(ct);
        if (message.RecipientOfficerId is { } id)
        {
            return (await connection.QuerySingleOrDefaultAsync<TargetRow>(new CommandDefinition(officer, new { id }, cancellationToken: ct)))?.ToTarget();
        }
        if (message.RecipientChannelId is { } channelId && message.RecipientUserId is { } userId)
        {
            return (await connection.QuerySingleOrDefaultAsync<TargetRow>(new CommandDefinition(user, new { channelId, userId }, cancellationToken: ct)))?.ToTarget()
                ?? new AlertTarget(null, false, null);
        }
        return null;
    }

    /// <summary>
    /// Gives a row without a recipient (a grid without a liaison) to its community's secretary, or an
    /// administrator when it has none; returns that officer, or null when the zone has neither.
    /// </summary>
    public async Task<long?> AddressToSecretaryAsync(OutboxMessage message, long communityId, CancellationToken ct = default)
    {
        const string sql = "UPDATE outbox SET recipient_officer_id = @officerId WHERE id = @id AND claimed_until = @token";
        return await database.WriteAsync<long?>(async (connection, transaction, token) =>
        {
            var officers = await OfficerRows.SecretariesOrAdminsAsync(connection, transaction, communityId, token);
            if (officers.Count == 0)
            {
                return null;
            }
            await connection.ExecuteAsync(new CommandDefinition(sql, new { officerId = officers[0], id = message.Id, token = message.ClaimedUntil }, transaction, cancellationToken: token));
            return officers[0];
        }, ct);
    }

    /// <returns>false when the claim was lost (the lease ran out and another dispatcher took the row).</returns>
    public Task<bool> MarkSentAsync(OutboxMessage message, CancellationToken ct = default)
    {
        const string sql = """
            UPDATE outbox SET status = 'sent', sent_at = @now, claimed_until = NULL, last_error = NULL
            WHERE id = @id AND claimed_until = @token AND status = 'pending'
            """;
        return ExecuteAsync(sql, new { now = time.GetUtcNow(), id = message.Id, token = message.ClaimedUntil }, ct);
    }

    /// <summary>The group webhook copy went out: a retry of the chat delivery does not post it again.</summary>
    public Task<bool> MarkWebhookSentAsync(OutboxMessage message, CancellationToken ct = default)
    {
        const string sql = "UPDATE outbox SET webhook_sent_at = @now WHERE id = @id AND claimed_until = @token";
        return ExecuteAsync(sql, new { now = time.GetUtcNow(), id = message.Id, token = message.ClaimedUntil }, ct);
    }

    /// <summary>A failed delivery: tried again after the backoff, or dead after the last attempt.</summary>
    /// <returns>true when the alert is now dead.</returns>
    public async Task<bool> FailAsync(OutboxMessage message, string error, CancellationToken ct = default)
    {
        const string sql = """
            UPDATE outbox
            SET attempts = attempts + 1, status = @status, next_attempt_at = @next, claimed_until = NULL, last_error = @error
            WHERE id = @id AND claimed_until = @token AND status = 'pending'
            """;
        var now = time.GetUtcNow();
        var attempts = message.Attempts + 1;
        var dead = attempts >= options.MaxAttempts;
        await ExecuteAsync(sql, new
        {
            status = dead ? "dead" : "pending",
            next = dead ? now : now + options.BackoffAfter(attempts),
            error = Shorten(error),
            id = message.Id,
            token = message.ClaimedUntil,
        }, ct);
        return dead;
    }

    /// <summary>
    /// The officer has not bound a chat: the alert waits, without counting a failure, and is looked at
    /// again after <see cref="AlertOptions.UnboundRecheck"/> (binding wakes it at once).
    /// </summary>
    public Task<bool> WaitAsync(OutboxMessage message, string reason, CancellationToken ct = default)
    {
        const string sql = """
            UPDATE outbox SET next_attempt_at = @next, claimed_until = NULL, last_error = @reason
            WHERE id = @id AND claimed_until = @token AND status = 'pending'
            """;
        return ExecuteAsync(sql, new { next = time.GetUtcNow() + options.UnboundRecheck, reason, id = message.Id, token = message.ClaimedUntil }, ct);
    }

    /// <summary>The newest alerts first: all of them, or only the dead ones.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(bool deadOnly, int limit = 200, CancellationToken ct = default)
    {
        const string sql = """
            SELECT x.id AS Id, x.kind AS Kind,
                   COALESCE(o.name, x.recipient_channel_id || '/' || x.recipient_user_id) AS Recipient,
                   x.status AS Status, x.attempts AS Attempts, x.next_attempt_at AS NextAttemptAt, x.last_error AS LastError,
                   x.created_at AS CreatedAt, x.sent_at AS SentAt,
                   CASE WHEN x.status = 'pending' AND o.id IS NOT NULL AND o.conversation_reference IS NULL THEN 1 ELSE 0 END AS Waiting
            FROM outbox AS x
            LEFT JOIN officers AS o ON o.id = x.recipient_officer_id
            WHERE (@deadOnly = 0 OR x.status = 'dead')
            ORDER BY x.id DESC
            LIMIT @limit
            """;
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<EntryRow>(new CommandDefinition(sql, new { deadOnly = deadOnly ? 1 : 0, limit }, cancellationToken: ct));
        return [.. rows.Select(row => row.ToEntry())];
    }

    /// <summary>`outbox retry`: a dead (or waiting) alert is due again now, its attempts counted afresh.</summary>
    public async Task<RetryOutcome> RetryAsync(long id, CancellationToken ct = default)
    {
        const string select = "SELECT status FROM outbox WHERE id = @id";
        const string retry = """
            UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = @now, claimed_until = NULL
            WHERE id = @id AND status <> 'sent'
            """;
        await using var connection = await database.OpenAsync(ct);
        var status = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(select, new { id }, cancellationToken: ct));
        if (status is null)
        {
            return RetryOutcome.NotFound;
        }
        if (status == "sent")
        {
            return RetryOutcome.AlreadySent;
        }
        await connection.ExecuteAsync(new CommandDefinition(retry, new { id, now = time.GetUtcNow() }, cancellationToken: ct));
        return RetryOutcome.Requeued;
    }

    // Through the database's writer: the dispatcher's marks share the turns' commits instead of waiting for SQLite's lock.
    private async Task<bool> ExecuteAsync(string sql, object parameters, CancellationToken ct) =>
        await database.ExecuteWriteAsync(sql, parameters, ct) > 0;

    // Channel errors can be long (a whole HTTP body); the list needs the gist.
    private static string Shorten(string error) => error.Length <= 500 ? error : error[..500] + "…";

    private sealed class MessageRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = string.Empty;
        public long? RecipientOfficerId { get; set; }
        public string? RecipientChannelId { get; set; }
        public string? RecipientUserId { get; set; }
        public string Payload { get; set; } = string.Empty;
        public long Attempts { get; set; }
        public DateTimeOffset? WebhookSentAt { get; set; }
        public DateTimeOffset ClaimedUntil { get; set; }
        public DateTimeOffset CreatedAt { get; set; }

        public OutboxMessage ToMessage() => new(
            Id, Kind, RecipientOfficerId, RecipientChannelId, RecipientUserId, Payload, (int)Attempts, WebhookSentAt, ClaimedUntil, CreatedAt);
    }

    private sealed class TargetRow
    {
        public string? Reference { get; set; }
        public long IsOfficer { get; set; }
        public string? Name { get; set; }

        public AlertTarget ToTarget() => new(Reference, IsOfficer == 1, Name);
    }

    private sealed class EntryRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = string.Empty;
        public string? Recipient { get; set; }
        public string Status { get; set; } = string.Empty;
        public long Attempts { get; set; }
        public DateTimeOffset NextAttemptAt { get; set; }
        public string? LastError { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? SentAt { get; set; }
        public long Waiting { get; set; }

        public OutboxEntry ToEntry() => new(Id, Kind, Recipient, Status, (int)Attempts, NextAttemptAt, LastError, CreatedAt, SentAt, Waiting == 1);
    }
}
