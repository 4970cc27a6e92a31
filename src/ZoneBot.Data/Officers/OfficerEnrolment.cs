using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ZoneBot.Domain;
using ZoneBot.Data.Alerts;
using ZoneBot.Data.Import;
using ZoneBot.Data.Tickets;

namespace ZoneBot.Data.Officers;

/// <summary>
/// `officers add|code|list|revoke`: an administrator enrols officers and hands each a one-time code to
/// send as 绑定 &lt;code&gt; in chat. A new code replaces any earlier one; revoking ends the binding.
/// </summary>
public sealed class OfficerEnrolment(Database database, TimeProvider time, ILogger<OfficerEnrolment>? logger = null)
{
    public const int MaxNameLength = 40;

    private readonly ILogger _logger = logger ?? NullLogger<OfficerEnrolment>.Instance;

    /// <exception cref="EnrolmentException">A value is missing or wrong, the phone is taken, the grid or community unknown.</exception>
    public async Task<IssuedCode> AddAsync(NewOfficer officer, CancellationToken ct = default)
    {
        const string phoneTaken = "SELECT COUNT(*) FROM officers WHERE phone = @phone";
        const string selectGrid = "SELECT id FROM grids WHERE number = @number";
        const string selectCommunity = "SELECT id FROM communities WHERE code = @community OR name = @community";
        const string selectLiaison = "SELECT name FROM officers WHERE role = 'liaison' AND grid_id = @gridId ORDER BY id";
        const string detachLiaisons = "UPDATE officers SET grid_id = NULL WHERE role = 'liaison' AND grid_id = @gridId";
        const string insert = """
            INSERT INTO officers (name, phone, role, grid_id, community_id)
            VALUES (@name, @phone, @role, @gridId, @communityId)
            RETURNING id
            """;
        ArgumentNullException.ThrowIfNull(officer);
        var name = officer.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > MaxNameLength)
        {
            throw new EnrolmentException($"--name must have 1 to {MaxNameLength} characters.");
        }
        if (!RosterValues.TryPhone(officer.Phone, out var phone))
        {
            throw new EnrolmentException($"--phone '{officer.Phone}' is not a mobile (13805741234) or a landline with its area code (0574-63012345).");
        }
        var (needsGrid, needsCommunity, mayHaveCommunity) = officer.Role switch
        {
            OfficerRole.Liaison => (true, false, false),
            OfficerRole.Secretary => (false, true, true),
            OfficerRole.Department => (false, false, true),
            _ => (false, false, false),
        };
        if (needsGrid != !string.IsNullOrWhiteSpace(officer.Grid))
        {
            throw new EnrolmentException(needsGrid ? "A liaison needs --grid N." : $"A {officer.Role.Code} has no grid: leave out --grid.");
        }
        if (needsCommunity && string.IsNullOrWhiteSpace(officer.Community))
        {
            throw new EnrolmentException("A secretary needs --community (its code or name).");
        }
        if (!mayHaveCommunity && !string.IsNullOrWhiteSpace(officer.Community))
        {
            throw new EnrolmentException($"A {officer.Role.Code} has no community: leave out --community.");
        }

        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(phoneTaken, new { phone }, transaction, cancellationToken: ct)) > 0)
        {
            throw new EnrolmentException($"An officer with phone {PhoneMask.Mask(phone)} exists: `officers code {phone}` gives them a new code.");
        }

        long? gridId = null, communityId = null;
        string? replaced = null;
        if (needsGrid)
        {
            if (!RosterValues.TryGridNumber(officer.Grid, out var number)
                || await connection.ExecuteScalarAsync<long?>(new CommandDefinition(selectGrid, new { number }, transaction, cancellationToken: ct)) is not { } grid)
            {
                throw new EnrolmentException($"--grid '{officer.Grid}': the zone has no such grid.");
            }
            gridId = grid;
            // A grid has one liaison: the one before stays an officer without a grid, as an import does it.
            replaced = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(selectLiaison, new { gridId }, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(detachLiaisons, new { gridId }, transaction, cancellationToken: ct));
        }
        if (!string.IsNullOrWhiteSpace(officer.Community))
        {
            communityId = await connection.ExecuteScalarAsync<long?>(
                new CommandDefinition(selectCommunity, new { community = officer.Community.Trim() }, transaction, cancellationToken: ct))
                ?? throw new EnrolmentException($"--community '{officer.Community}': the zone has no such community.");
        }

        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            insert, new { name, phone, role = officer.Role.Code, gridId, communityId }, transaction, cancellationToken: ct));
        if (gridId is { } liaisonGrid)
        {
            await LiaisonAlerts.FollowNewLiaisonAsync(connection, transaction, liaisonGrid, id, ct);
        }
        var (code, expiresAt) = await IssueAsync(connection, transaction, id, now, ct);
        await transaction.CommitAsync(ct);
        _logger.LogInformation("Officer {OfficerId} enrolled as {Role}", id, officer.Role.Code);
        return new IssuedCode(new Officer(id, name, phone, officer.Role, gridId, communityId, null, null), code, expiresAt, replaced);
    }

    /// <summary>A new one-time code for an officer found by id or phone; the earlier code stops working. Null when there is no such officer.</summary>
    public async Task<IssuedCode?> IssueCodeAsync(string officer, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await FindAsync(connection, transaction, officer, ct) is not { } found)
        {
            return null;
        }
        var (code, expiresAt) = await IssueAsync(connection, transaction, found.Id, time.GetUtcNow(), ct);
        await transaction.CommitAsync(ct);
        _logger.LogInformation("A new binding code was issued to officer {OfficerId}", found.Id);
        return new IssuedCode(found, code, expiresAt);
    }

    /// <summary>
    /// Ends an officer's binding and voids their code: the chat user is no one's officer any more, and
    /// alerts for the officer wait until they bind again. Null when there is no such officer.
    /// </summary>
    public async Task<Officer?> RevokeAsync(string officer, CancellationToken ct = default)
    {
        const string revoke = """
            UPDATE officers
            SET channel_id = NULL, channel_user_id = NULL, conversation_reference = NULL,
                bind_code_hash = NULL, bind_code_expires_at = NULL, bind_code_used = FALSE
            WHERE id = @id
            """;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await FindAsync(connection, transaction, officer, ct) is not { } found)
        {
            return null;
        }
        await connection.ExecuteAsync(new CommandDefinition(revoke, new { id = found.Id }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        _logger.LogInformation("Officer {OfficerId} revoked", found.Id);
        return found with { ChannelId = null, ChannelUserId = null };
    }

    /// <summary>Every officer: administrators, secretaries, department staff, then liaisons by grid.</summary>
    public async Task<IReadOnlyList<OfficerListing>> ListAsync(CancellationToken ct = default)
    {
        const string sql = """
            SELECT o.id AS Id, o.name AS Name, o.phone AS Phone, o.role AS Role, o.grid_id AS GridId, o.community_id AS CommunityId,
                   o.channel_id AS ChannelId, o.channel_user_id AS ChannelUserId,
                   COALESCE(g.name, c.name) AS Place,
                   CASE WHEN o.bind_code_used = FALSE AND o.bind_code_expires_at > @now THEN o.bind_code_expires_at END AS CodeExpiresAt,
                   (SELECT COUNT(*) FROM outbox AS x WHERE x.recipient_officer_id = o.id AND x.status = 'pending') AS PendingAlerts
            FROM officers AS o
            LEFT JOIN grids AS g ON g.id = o.grid_id
            LEFT JOIN communities AS c ON c.id = o.community_id
            ORDER BY CASE o.role WHEN 'admin' THEN 0 WHEN 'secretary' THEN 1 WHEN 'department' THEN 2 ELSE 3 END, g.number, o.id
            """;
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<ListingRow>(new CommandDefinition(sql, new { now = time.GetUtcNow() }, cancellationToken: ct));
        return [.. rows.Select(row => new OfficerListing(row.ToOfficer(), row.Place, row.CodeExpiresAt, (int)row.PendingAlerts))];
    }

    private static async Task<(string Code, DateTimeOffset ExpiresAt)> IssueAsync(
        DbConnection connection, DbTransaction transaction, long officerId, DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            UPDATE officers SET bind_code_hash = @hash, bind_code_expires_at = @expiresAt, bind_code_used = FALSE WHERE id = @officerId
            """;
        var code = BindCode.Generate();
        var expiresAt = now + BindCode.ValidFor;
        await connection.ExecuteAsync(new CommandDefinition(sql, new { hash = BindCode.Hash(code), expiresAt, officerId }, transaction, cancellationToken: ct));
        return (code, expiresAt);
    }

    /// <summary>An officer by phone (any spacing) or by id.</summary>
    private static async Task<Officer?> FindAsync(DbConnection connection, DbTransaction transaction, string officer, CancellationToken ct)
    {
        if (RosterValues.TryPhone(officer, out var phone))
        {
            var row = await connection.QuerySingleOrDefaultAsync<OfficerRows.Row>(
                new CommandDefinition(OfficerRows.Select + " WHERE phone = @phone", new { phone }, transaction, cancellationToken: ct));
            return row?.ToOfficer();
        }
        return long.TryParse(officer?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await OfficerRows.FindAsync(connection, transaction, id, ct)
            : null;
    }

    private sealed class ListingRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public string Phone { get; set; } = string.Empty;
        public string Role { get; set; } = string.Empty;
        public long? GridId { get; set; }
        public long? CommunityId { get; set; }
        public string? ChannelId { get; set; }
        public string? ChannelUserId { get; set; }
        public string? Place { get; set; }
        public DateTimeOffset? CodeExpiresAt { get; set; }
        public long PendingAlerts { get; set; }

        public Officer ToOfficer() => new(Id, Name, Phone, OfficerRole.FromCode(Role), GridId, CommunityId, ChannelId, ChannelUserId);
    }
}
