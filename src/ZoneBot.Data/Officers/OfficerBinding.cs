using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;
using ZoneBot.Data.Sqlite;
using ZoneBot.Data.Tickets;

namespace ZoneBot.Data.Officers;

/// <summary>
/// 绑定 &lt;code&gt;: makes a chat user an officer with the one-time code an administrator gave them. The
/// code works once, within 72 hours; wrong codes are counted in the database (not in memory, so neither a
/// restart nor a second instance resets them) per chat user, per client address and overall, and each
/// count locks on its own (<see cref="BindLockout"/>): a guesser gains nothing from a new chat user id.
/// </summary>
public sealed class OfficerBinding(Database database, TimeProvider time, ILogger<OfficerBinding>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<OfficerBinding>.Instance;

    /// <param name="clientAddress">Where the message came from (the host knows it); null when unknown, as in the terminal chat.</param>
    public async Task<BindResult> BindAsync(
        string channelId, string userId, string code, string reference, string? clientAddress = null, CancellationToken ct = default)
    {
        const string selectBound = OfficerRows.Select + " WHERE channel_id = @channelId AND channel_user_id = @userId";
        const string selectByCode = OfficerRows.Select + """

             WHERE bind_code_hash = @hash AND bind_code_used = FALSE AND bind_code_expires_at > @now
            """;
        const string recordFailure = """
            DELETE FROM bind_failures WHERE failed_at <= @since;
            INSERT INTO bind_failures (channel_id, user_id, client_address, failed_at) VALUES (@channelId, @userId, @clientAddress, @now);
            """;
        // The binding moves to this chat user; the code is spent.
        const string bind = """
            UPDATE officers
            SET channel_id = @channelId, channel_user_id = @userId, conversation_reference = @reference, bind_code_used = TRUE
            WHERE id = @officerId AND bind_code_used = FALSE
            """;
        // Alerts that waited for this officer go out at the dispatcher's next look.
        const string wake = """
            UPDATE outbox SET next_attempt_at = @now
            WHERE recipient_officer_id = @officerId AND status = 'pending' AND next_attempt_at > @now
            """;
        const string countPending = "SELECT COUNT(*) FROM outbox WHERE recipient_officer_id = @officerId AND status = 'pending'";
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        var now = time.GetUtcNow();
        var since = now - BindLockout.Window - BindLockout.Duration;
        var who = new { channelId, userId, clientAddress, now, since };
        // Through the one writer (SQLite), which commits whatever the work wrote. Already bound and locked out are refusals
        // and return before anything is written; a wrong code is not: its failure is written and kept (it adds up to the lock).
        var (result, wrongCode) = await database.WriteAsync<(BindResult Result, bool WrongCode)>(async (connection, transaction, token) =>
        {
            var bound = await connection.QuerySingleOrDefaultAsync<OfficerRows.Row>(new CommandDefinition(selectBound, who, transaction, cancellationToken: token));
            if (bound is not null)
            {
                return (new BindResult(BindOutcome.AlreadyBound, bound.ToOfficer()), false);
            }

            if (await LockedUntilAsync(connection, transaction, channelId, userId, clientAddress, now, token) is { } lockedUntil)
            {
                return (new BindResult(BindOutcome.LockedOut, LockedUntil: lockedUntil), false);
            }

            var officer = await connection.QuerySingleOrDefaultAsync<OfficerRows.Row>(
                new CommandDefinition(selectByCode, new { hash = BindCode.Hash(code), now }, transaction, cancellationToken: token));
            if (officer is null || BindCode.Normalize(code).Length == 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(recordFailure, who, transaction, cancellationToken: token));
                return (await LockedUntilAsync(connection, transaction, channelId, userId, clientAddress, now, token) is { } nowLocked
                    ? new BindResult(BindOutcome.LockedOut, LockedUntil: nowLocked)
                    : new BindResult(BindOutcome.Invalid), true);
            }

            // Spent meanwhile (PostgreSQL: another bind of the same code committed first): the guarded UPDATE changed no row.
            var officerId = officer.Id;
            if (await connection.ExecuteAsync(new CommandDefinition(bind, new { channelId, userId, reference, officerId }, transaction, cancellationToken: token)) == 0)
            {
                return (new BindResult(BindOutcome.Invalid), false);
            }
            await connection.ExecuteAsync(new CommandDefinition(wake, new { officerId, now }, transaction, cancellationToken: token));
            var pending = await connection.ExecuteScalarAsync<int>(new CommandDefinition(countPending, new { officerId }, transaction, cancellationToken: token));
            return (new BindResult(BindOutcome.Bound, officer.ToOfficer() with { ChannelId = channelId, ChannelUserId = userId }, PendingAlerts: pending), false);
        }, ct);

        if (wrongCode)
        {
            _logger.LogWarning("A wrong binding code from user {UserId} on channel {ChannelId}", userId, channelId);
        }
        else if (result.Outcome == BindOutcome.Bound)
        {
            _logger.LogInformation("Officer {OfficerId} bound user {UserId} on channel {ChannelId}; {Pending} alert(s) waiting",
                result.Officer!.Id, userId, channelId, result.PendingAlerts);
        }
        return result;
    }

    /// <summary>The latest lock of the three counts (this chat user, this address, everyone); null when none is locked.</summary>
    private static async Task<DateTimeOffset?> LockedUntilAsync(
        DbConnection connection, DbTransaction? transaction, string channelId, string userId, string? clientAddress, DateTimeOffset now, CancellationToken ct)
    {
        const string byUser = "SELECT failed_at FROM bind_failures WHERE channel_id = @channelId AND user_id = @userId AND failed_at > @since";
        const string byAddress = "SELECT failed_at FROM bind_failures WHERE client_address = @clientAddress AND failed_at > @since";
        const string overall = "SELECT failed_at FROM bind_failures WHERE failed_at > @since";
        var checks = new List<(string Sql, AttemptLimit Limit)> { (byUser, BindLockout.PerUser), (overall, BindLockout.Overall) };
        if (!string.IsNullOrEmpty(clientAddress))
        {
            checks.Add((byAddress, BindLockout.PerAddress));
        }
        DateTimeOffset? latest = null;
        foreach (var (sql, limit) in checks)
        {
            var failures = await connection.QueryAsync<DateTimeOffset>(new CommandDefinition(
                sql, new { channelId, userId, clientAddress, since = now - limit.LookBack }, transaction, cancellationToken: ct));
            if (limit.LockedUntil(failures, now) is { } until && (latest is null || until > latest))
            {
                latest = until;
            }
        }
        return latest;
    }
}
