using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;
using ZoneBot.Data.Demo;
using ZoneBot.Data.Inspections;
using ZoneBot.Data.Tickets;

namespace ZoneBot.Data.Verification;

/// <summary>
/// Proving that a chat user belongs to a firm, with a one-time code: sent by SMS to the firm's registered
/// contact phone (for that chat user only), or issued by the grid liaison from the chat or by an
/// administrator (`firms code`). Codes are hashed, short-lived and work once, as officers' binding codes.
/// Wrong codes are counted in the database per firm, per chat user and per client address; any count over
/// its limit locks (<see cref="FirmVerificationOptions"/>).
/// </summary>
public sealed class FirmVerification(
    Database database, ISmsSender sms, FirmVerificationOptions options, TimeProvider time, ILogger<FirmVerification>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<FirmVerification>.Instance;

    public FirmVerificationOptions Options => options;

    /// <summary>The firm's registered contact phone, masked (138****1234), to say where a code goes; null when it has none.</summary>
    public async Task<string?> MaskedContactPhoneAsync(long firmId, CancellationToken ct = default)
    {
        const string sql = "SELECT contact_phone FROM firms WHERE id = @firmId";
        await using var connection = await database.OpenAsync(ct);
        var phone = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, new { firmId }, cancellationToken: ct));
        return string.IsNullOrWhiteSpace(phone) ? null : PhoneMask.Mask(phone);
    }

    /// <summary>Sends a new code to the firm's phone for this chat user, unless the limits say no.</summary>
    public async Task<SmsRequestResult> RequestSmsCodeAsync(long firmId, string channelId, string userId, string? clientAddress, CancellationToken ct = default)
    {
        const string selectFirm = "SELECT name AS Name, contact_phone AS ContactPhone FROM firms WHERE id = @firmId";
        // Sends in the window, by the firm, by this user and by this address: the earliest tells when one more may go.
        const string selectSends = """
            SELECT issued_at FROM firm_codes
            WHERE kind = 'sms' AND issued_at > @since
              AND (firm_id = @firmId OR (channel_id = @channelId AND user_id = @userId) OR (client_address IS NOT NULL AND client_address = @clientAddress))
            """;
        const string insert = """
            INSERT INTO firm_codes (firm_id, kind, code_hash, channel_id, user_id, client_address, issued_at, expires_at)
            VALUES (@firmId, 'sms', @hash, @channelId, @userId, @clientAddress, @now, @expiresAt)
            RETURNING id
            """;
        const string voidCode = "UPDATE firm_codes SET used_at = @now WHERE id = @id";
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        var now = time.GetUtcNow();
        var firm = await ReadAsync(async connection =>
            await connection.QuerySingleOrDefaultAsync<FirmRow>(new CommandDefinition(selectFirm, new { firmId }, cancellationToken: ct)), ct);
        if (firm is null || string.IsNullOrWhiteSpace(firm.ContactPhone))
        {
            return new SmsRequestResult(SmsRequestOutcome.NoPhone);
        }

        // Through the one writer (SQLite): the limits are read and the code stored in its transaction. Both refusals
        // return before the code is written, since the writer commits whatever the work wrote.
        var code = MembershipCode.NewSmsCode();
        var expiresAt = now + options.SmsCodeValidFor;
        var (refused, codeId) = await database.WriteAsync<(SmsRequestResult? Refused, long CodeId)>(async (connection, transaction, token) =>
        {
            if (await LockedUntilAsync(connection, transaction, firmId, channelId, userId, clientAddress, now, token) is { } lockedUntil)
            {
                return (new SmsRequestResult(SmsRequestOutcome.LockedOut, RetryAt: lockedUntil), 0);
            }
            var sends = (await connection.QueryAsync<DateTimeOffset>(new CommandDefinition(
                selectSends, new { firmId, channelId, userId, clientAddress, since = now - options.Window }, transaction, cancellationToken: token))).ToList();
            if (sends.Count >= options.SmsPerFirm)
            {
                return (new SmsRequestResult(SmsRequestOutcome.TooMany, RetryAt: sends.Min() + options.Window), 0);
            }
            return (null, await connection.ExecuteScalarAsync<long>(new CommandDefinition(insert, new
            {
                firmId, hash = MembershipCode.Hash(code), channelId, userId, clientAddress, now, expiresAt,
            }, transaction, cancellationToken: token)));
        }, ct);
        if (refused is not null)
        {
            return refused;
        }

        try
        {
            await sms.SendCodeAsync(new SmsCode(firm.ContactPhone, code, (int)Math.Round(options.SmsCodeMinutes), firmId, firm.Name), ct);
        }
        catch (SmsException exception)
        {
            // A code nobody received must not stay usable; it still counts as a send, so a failing gateway is not hammered.
            await database.ExecuteWriteAsync(voidCode, new { id = codeId, now }, ct);
            _logger.LogWarning(exception, "The membership code for firm {FirmId} could not be sent by SMS", firmId);
            return new SmsRequestResult(SmsRequestOutcome.SendFailed);
        }
        _logger.LogInformation("A membership code for firm {FirmId} went by SMS to {Phone}", firmId, PhoneMask.Mask(firm.ContactPhone));
        return new SmsRequestResult(SmsRequestOutcome.Sent, PhoneMask.Mask(firm.ContactPhone), expiresAt);
    }

    /// <summary>
    /// A code for the firm to hand on: the grid's liaison, its community's secretary or an administrator may
    /// issue one (<paramref name="officer"/>; null is an administrator at the command line). Null when the
    /// firm does not exist or the officer may not act for it.
    /// </summary>
    public async Task<IssuedFirmCode?> IssueLiaisonCodeAsync(long firmId, Officer? officer, CancellationToken ct = default)
    {
        const string selectFirm = """
            SELECT f.name AS Name, f.grid_id AS GridId, g.community_id AS CommunityId
            FROM firms AS f JOIN grids AS g ON g.id = f.grid_id
            WHERE f.id = @firmId
            """;
        const string insert = """
            INSERT INTO firm_codes (firm_id, kind, code_hash, issued_at, expires_at)
            VALUES (@firmId, 'liaison', @hash, @now, @expiresAt)
            """;
        var now = time.GetUtcNow();
        var firm = await ReadAsync(connection =>
            connection.QuerySingleOrDefaultAsync<FirmPlace>(new CommandDefinition(selectFirm, new { firmId }, cancellationToken: ct)), ct);
        if (firm is null || (officer is not null && !TicketAccess.MayAct(officer, firm.GridId, firm.CommunityId)))
        {
            return null;
        }
        var code = MembershipCode.NewLiaisonCode();
        var expiresAt = now + options.LiaisonCodeValidFor;
        // Through the one writer (SQLite), not beside it; one statement, as before.
        await database.ExecuteWriteAsync(insert, new { firmId, hash = MembershipCode.Hash(code), now, expiresAt }, ct);
        _logger.LogInformation("A membership code for firm {FirmId} was issued by {Issuer}", firmId, officer is null ? "an administrator" : $"officer {officer.Id}");
        return new IssuedFirmCode(firmId, firm.Name, code, expiresAt);
    }

    /// <summary>Checks a typed code; when it is good, the chat user is linked to the firm as a verified member.</summary>
    public async Task<VerifyResult> VerifyAsync(long firmId, string channelId, string userId, string? clientAddress, string code, CancellationToken ct = default)
    {
        // A liaison's code works for anyone it is given to; an SMS code only for the user who asked for it.
        const string selectCode = """
            SELECT id AS Id, kind AS Kind FROM firm_codes
            WHERE firm_id = @firmId AND code_hash = @hash AND used_at IS NULL AND expires_at > @now
              AND (kind = 'liaison' OR (channel_id = @channelId AND user_id = @userId))
            ORDER BY id
            LIMIT 1
            """;
        const string recordFailure = """
            INSERT INTO firm_code_failures (firm_id, channel_id, user_id, client_address, failed_at)
            VALUES (@firmId, @channelId, @userId, @clientAddress, @now)
            """;
        const string forgetOld = "DELETE FROM firm_code_failures WHERE failed_at <= @forgetBefore";
        const string spend = "UPDATE firm_codes SET used_at = @now WHERE id = @id AND used_at IS NULL";
        const string link = """
            INSERT INTO firm_users (channel_id, user_id, firm_id, linked_at, verified_at, verified_by)
            VALUES (@channelId, @userId, @firmId, @now, @now, @kind)
            ON CONFLICT (channel_id, user_id) DO UPDATE
            SET firm_id = excluded.firm_id, linked_at = excluded.linked_at, verified_at = excluded.verified_at, verified_by = excluded.verified_by
            """;
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);

        var now = time.GetUtcNow();
        // Through the one writer (SQLite), which commits whatever the work wrote. Locked out is the one refusal, and it
        // returns before anything is written; a wrong code is not a refusal of the work: its failure is written and kept,
        // or the attempts would never add up to a lock.
        var (result, wrongCode, kind) = await database.WriteAsync<(VerifyResult Result, bool WrongCode, string? Kind)>(async (connection, transaction, token) =>
        {
            if (await LockedUntilAsync(connection, transaction, firmId, channelId, userId, clientAddress, now, token) is { } lockedUntil)
            {
                return (new VerifyResult(VerifyOutcome.LockedOut, lockedUntil), false, null);
            }

            var found = BindCode.Normalize(code).Length == 0
                ? null
                : await connection.QuerySingleOrDefaultAsync<CodeRow>(new CommandDefinition(
                    selectCode, new { firmId, hash = MembershipCode.Hash(code), now, channelId, userId }, transaction, cancellationToken: token));
            if (found is null || await connection.ExecuteAsync(new CommandDefinition(spend, new { id = found.Id, now }, transaction, cancellationToken: token)) == 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(forgetOld, new { forgetBefore = now - Longest() }, transaction, cancellationToken: token));
                await connection.ExecuteAsync(new CommandDefinition(recordFailure, new { firmId, channelId, userId, clientAddress, now }, transaction, cancellationToken: token));
                var nowLocked = await LockedUntilAsync(connection, transaction, firmId, channelId, userId, clientAddress, now, token);
                return (nowLocked is { } until ? new VerifyResult(VerifyOutcome.LockedOut, until) : new VerifyResult(VerifyOutcome.Invalid), true, null);
            }

            await connection.ExecuteAsync(new CommandDefinition(link, new { channelId, userId, firmId, now, kind = found.Kind }, transaction, cancellationToken: token));
            return (new VerifyResult(VerifyOutcome.Verified), false, found.Kind);
        }, ct);

        if (wrongCode)
        {
            _logger.LogWarning("A wrong membership code for firm {FirmId} from user {UserId} on channel {ChannelId}", firmId, userId, channelId);
        }
        else if (result.Outcome == VerifyOutcome.Verified)
        {
            _logger.LogInformation("User {UserId} on channel {ChannelId} verified as a member of firm {FirmId} ({Kind} code)", userId, channelId, firmId, kind);
        }
        return result;
    }

    /// <summary>The latest lock of the three counts (firm, chat user, address); null when none is locked.</summary>
    private async Task<DateTimeOffset?> LockedUntilAsync(
        DbConnection connection, DbTransaction transaction, long firmId, string channelId, string userId, string? clientAddress,
        DateTimeOffset now, CancellationToken ct)
    {
        const string byFirm = "SELECT failed_at FROM firm_code_failures WHERE firm_id = @firmId AND failed_at > @since";
        const string byUser = "SELECT failed_at FROM firm_code_failures WHERE channel_id = @channelId AND user_id = @userId AND failed_at > @since";
        const string byAddress = "SELECT failed_at FROM firm_code_failures WHERE client_address = @clientAddress AND failed_at > @since";
        var checks = new List<(string Sql, AttemptLimit Limit)> { (byFirm, options.PerFirm), (byUser, options.PerUser) };
        if (!string.IsNullOrEmpty(clientAddress))
        {
            checks.Add((byAddress, options.PerAddress));
        }
        DateTimeOffset? latest = null;
        foreach (var (sql, limit) in checks)
        {
            var failures = await connection.QueryAsync<DateTimeOffset>(new CommandDefinition(
                sql, new { firmId, channelId, userId, clientAddress, since = now - limit.LookBack }, transaction, cancellationToken: ct));
            if (limit.LockedUntil(failures, now) is { } until && (latest is null || until > latest))
            {
                latest = until;
            }
        }
        return latest;
    }

    private TimeSpan Longest() => new[] { options.PerFirm.LookBack, options.PerUser.LookBack, options.PerAddress.LookBack }.Max();

    private async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await read(connection);
    }

    private sealed class FirmRow
    {
        public string Name { get; set; } = string.Empty;
        public string? ContactPhone { get; set; }
    }

    private sealed class FirmPlace
    {
        public string Name { get; set; } = string.Empty;
        public long GridId { get; set; }
        public long CommunityId { get; set; }
    }

    private sealed class CodeRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = string.Empty;
    }
}
