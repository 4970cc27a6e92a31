using System.Data.Common;
using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Handover;

/// <summary>
/// 转人工 in the database: each relay, what was said, and the outbox rows that carry it to the other side,
/// written in the same transaction as the change. The status only moves forward (waiting → active → ended,
/// or waiting → missed), each move one conditional UPDATE, so two instances or a retried message never
/// move it twice. Everything survives a restart: the next message finds the relay where it was.
/// </summary>
public sealed class Relays(Database database, TimeProvider time, RelayOptions options)
{
    private const string Select = """
        SELECT r.id AS Id, r.firm_id AS FirmId, f.name AS FirmName, r.firm_channel_id AS FirmChannelId, r.firm_user_id AS FirmUserId,
               r.liaison_officer_id AS LiaisonOfficerId, o.name AS LiaisonName, o.phone AS LiaisonPhone,
               c.office_phone AS OfficePhone, c.office_address AS OfficeAddress,
               r.status AS Status, r.requested_at AS RequestedAt, r.accepted_at AS AcceptedAt, r.ended_at AS EndedAt, r.ended_by AS EndedBy
        FROM relays AS r
        JOIN firms AS f ON f.id = r.firm_id
        JOIN grids AS g ON g.id = f.grid_id
        JOIN communities AS c ON c.id = g.community_id
        LEFT JOIN officers AS o ON o.id = r.liaison_officer_id
        """;

    public RelayOptions Options => options;

    /// <summary>
    /// A firm's user asks for a person: a waiting relay and an alert to the grid's liaison, or, when the grid
    /// has no liaison or theirs has not bound a chat, a relay recorded as missed at once. A user with a relay
    /// still open gets that one back.
    /// </summary>
    public async Task<Relay> RequestAsync(long firmId, string channelId, string userId, CancellationToken ct = default)
    {
        const string liaison = """
            SELECT o.id AS Id, CASE WHEN o.conversation_reference IS NULL THEN 0 ELSE 1 END AS Bound
            FROM firms AS f JOIN officers AS o ON o.id = (SELECT MIN(l.id) FROM officers AS l WHERE l.grid_id = f.grid_id AND l.role = 'liaison')
            WHERE f.id = @firmId
            """;
        const string insert = """
            INSERT INTO relays (firm_id, firm_channel_id, firm_user_id, liaison_officer_id, status, requested_at, ended_at, ended_by)
            VALUES (@firmId, @channelId, @userId, @liaisonId, @status, @now, @endedAt, @endedBy)
            RETURNING id
            """;
        var now = time.GetUtcNow();
        // Through the one writer (SQLite), which commits whatever the work wrote: the relay already open returns before
        // anything is written.
        return await database.WriteAsync(async (connection, transaction, token) =>
        {
            if (await OpenForUserAsync(connection, transaction, channelId, userId, token) is { } open)
            {
                return open;
            }
            var found = await connection.QuerySingleOrDefaultAsync<LiaisonRow>(new CommandDefinition(liaison, new { firmId }, transaction, cancellationToken: token));
            var available = found is { Bound: 1 };
            var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(insert, new
            {
                firmId, channelId, userId, liaisonId = found?.Id,
                status = available ? Relay.Waiting : Relay.Missed,
                now,
                endedAt = available ? (DateTimeOffset?)null : now,
                endedBy = available ? null : "unavailable",
            }, transaction, cancellationToken: token));
            var relay = (await FindAsync(connection, transaction, id, token))!;
            if (available)
            {
                await RelayOutbox.ToOfficerAsync(connection, transaction, RelayAlert.Requested, found!.Id,
                    RelayAlert.From(relay) with { AcceptMinutes = options.AcceptSeconds / 60 }, now, token);
            }
            return relay;
        }, ct);
    }

    /// <summary>One relay by id; null when there is none.</summary>
    public async Task<Relay?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Relay?>(new CommandDefinition(Select + " WHERE r.id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>The relay the firm's user has open (waiting or active); null when none.</summary>
    public async Task<Relay?> OpenForUserAsync(string channelId, string userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await OpenForUserAsync(connection, null, channelId, userId, ct);
    }

    /// <summary>The liaison's relay in progress (the latest accepted); null when none.</summary>
    public async Task<Relay?> ActiveForLiaisonAsync(long officerId, CancellationToken ct = default)
    {
        const string sql = Select + " WHERE r.liaison_officer_id = @officerId AND r.status = 'active' ORDER BY r.accepted_at DESC, r.id DESC LIMIT 1";
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Relay>(new CommandDefinition(sql, new { officerId }, cancellationToken: ct));
    }

    /// <summary>The firm user's relay that no one took, ended within the last half hour: 登记 files it as a ticket.</summary>
    public async Task<Relay?> RecentlyMissedAsync(string channelId, string userId, CancellationToken ct = default)
    {
        const string sql = Select + """
             WHERE r.firm_channel_id = @channelId AND r.firm_user_id = @userId AND r.status = 'missed' AND r.ended_at >= @since
             ORDER BY r.id DESC LIMIT 1
            """;
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Relay>(new CommandDefinition(
            sql, new { channelId, userId, since = time.GetUtcNow() - TimeSpan.FromMinutes(30) }, cancellationToken: ct));
    }

    /// <summary>
    /// The liaison accepts (接入) the oldest request still waiting for them within the time allowed; the firm
    /// is told. Null when nothing waits.
    /// </summary>
    public async Task<Relay?> AcceptAsync(long officerId, CancellationToken ct = default)
    {
        const string oldest = """
            SELECT id FROM relays WHERE liaison_officer_id = @officerId AND status = 'waiting' AND requested_at > @cutoff
            ORDER BY id LIMIT 1
            """;
        const string accept = "UPDATE relays SET status = 'active', accepted_at = @now WHERE id = @id AND status = 'waiting'";
        var now = time.GetUtcNow();
        // Through the one writer (SQLite): nothing waiting, or taken meanwhile (the guarded UPDATE changed no row), returns
        // having written nothing.
        return await database.WriteAsync<Relay?>(async (connection, transaction, token) =>
        {
            var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                oldest, new { officerId, cutoff = now - options.AcceptWithin }, transaction, cancellationToken: token));
            if (id is null || await connection.ExecuteAsync(new CommandDefinition(accept, new { id, now }, transaction, cancellationToken: token)) == 0)
            {
                return null;
            }
            var relay = (await FindAsync(connection, transaction, id.Value, token))!;
            await RelayOutbox.ToUserAsync(connection, transaction, RelayAlert.Accepted, relay.FirmChannelId, relay.FirmUserId, RelayAlert.From(relay), now, token);
            return relay;
        }, ct);
    }

    /// <summary>
    /// Records a message of the relay; while it is active, the other side gets it. <paramref name="sender"/>
    /// is firm or liaison. Returns whether it was passed on.
    /// </summary>
    public async Task<bool> SayAsync(Relay relay, string sender, string text, CancellationToken ct = default)
    {
        const string insert = "INSERT INTO relay_messages (relay_id, sender, text, sent_at) VALUES (@relayId, @sender, @text, @now)";
        const string status = "SELECT status FROM relays WHERE id = @id";
        var now = time.GetUtcNow();
        // Through the one writer (SQLite). The line is kept whether or not the relay is still active: no refusal here.
        return await database.WriteAsync(async (connection, transaction, token) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(insert, new { relayId = relay.Id, sender, text, now }, transaction, cancellationToken: token));
            var active = await connection.ExecuteScalarAsync<string>(new CommandDefinition(status, new { id = relay.Id }, transaction, cancellationToken: token)) == Relay.Active;
            if (active && sender == "firm" && relay.LiaisonOfficerId is { } liaisonId)
            {
                await RelayOutbox.ToOfficerAsync(connection, transaction, RelayAlert.FromFirm, liaisonId, RelayAlert.From(relay, text), now, token);
            }
            else if (active && sender == "liaison")
            {
                await RelayOutbox.ToUserAsync(connection, transaction, RelayAlert.FromLiaison, relay.FirmChannelId, relay.FirmUserId, RelayAlert.From(relay, text), now, token);
            }
            return active;
        }, ct);
    }

    /// <summary>Ends an open relay (结束 from firm or liaison); the other side is told when they were talking. False when it had ended.</summary>
    public async Task<bool> EndAsync(Relay relay, string endedBy, CancellationToken ct = default)
    {
        const string end = """
            UPDATE relays SET status = 'ended', ended_at = @now, ended_by = @endedBy
            WHERE id = @id AND status IN ('waiting', 'active')
            RETURNING accepted_at AS AcceptedAt
            """;
        var now = time.GetUtcNow();
        // Through the one writer (SQLite): a relay that had ended is refused by the guarded UPDATE itself, which then
        // changed no row, so nothing is written.
        return await database.WriteAsync(async (connection, transaction, token) =>
        {
            var ended = (await connection.QueryAsync<EndedRow>(new CommandDefinition(end, new { id = relay.Id, now, endedBy }, transaction, cancellationToken: token))).ToList();
            if (ended.Count == 0)
            {
                return false;
            }
            var wasActive = ended[0].AcceptedAt is not null;
            if (wasActive && endedBy == "firm" && relay.LiaisonOfficerId is { } liaisonId)
            {
                await RelayOutbox.ToOfficerAsync(connection, transaction, RelayAlert.Ended, liaisonId, RelayAlert.From(relay, endedBy: endedBy), now, token);
            }
            else if (wasActive && endedBy == "liaison")
            {
                await RelayOutbox.ToUserAsync(connection, transaction, RelayAlert.Ended, relay.FirmChannelId, relay.FirmUserId, RelayAlert.From(relay, endedBy: endedBy), now, token);
            }
            return true;
        }, ct);
    }

    /// <summary>
    /// Marks the requests no one accepted in time as missed. <paramref name="notify"/>: the firm is told by an
    /// alert (the background sweep); a firm that is writing at that moment is told in its own turn instead.
    /// <paramref name="onlyRelayId"/> limits it to one relay. Returns the relays it marked.
    /// </summary>
    public async Task<IReadOnlyList<Relay>> ExpireAsync(bool notify, long? onlyRelayId = null, CancellationToken ct = default)
    {
        const string due = "SELECT id FROM relays WHERE status = 'waiting' AND requested_at <= @cutoff AND (@only IS NULL OR id = @only) ORDER BY id";
        const string miss = "UPDATE relays SET status = 'missed', ended_at = @now, ended_by = 'timeout' WHERE id = @id AND status = 'waiting'";
        var now = time.GetUtcNow();
        var missed = new List<Relay>();
        List<long> ids;
        await using (var connection = await database.OpenAsync(ct))
        {
            ids = [.. await connection.QueryAsync<long>(new CommandDefinition(due, new { cutoff = now - options.AcceptWithin, only = onlyRelayId }, cancellationToken: ct))];
        }
        // Each relay one short write through the one writer (SQLite): a firm's turn asks for its own relay, the sweep for all.
        foreach (var id in ids)
        {
            var relay = await database.WriteAsync<Relay?>(async (connection, transaction, token) =>
            {
                if (await connection.ExecuteAsync(new CommandDefinition(miss, new { id, now }, transaction, cancellationToken: token)) == 0)
                {
                    return null;
                }
                var marked = (await FindAsync(connection, transaction, id, token))!;
                if (notify)
                {
                    await RelayOutbox.ToUserAsync(connection, transaction, RelayAlert.Missed, marked.FirmChannelId, marked.FirmUserId, RelayAlert.From(marked), now, token);
                }
                return marked;
            }, ct);
            if (relay is not null)
            {
                missed.Add(relay);
            }
        }
        return missed;
    }

    /// <summary>What was said in the relay, in order.</summary>
    public async Task<IReadOnlyList<RelayLine>> TranscriptAsync(long relayId, CancellationToken ct = default)
    {
        const string sql = "SELECT sender AS Sender, text AS Text, sent_at AS SentAt FROM relay_messages WHERE relay_id = @relayId ORDER BY id";
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<LineRow>(new CommandDefinition(sql, new { relayId }, cancellationToken: ct));
        return [.. rows.Select(row => new RelayLine(row.Sender, row.Text, row.SentAt))];
    }

    /// <summary>The relays, newest first: the record of who asked, who answered, when and for how long.</summary>
    public async Task<IReadOnlyList<Relay>> ListAsync(int limit = 100, CancellationToken ct = default)
    {
        const string sql = Select + " ORDER BY r.id DESC LIMIT @limit";
        await using var connection = await database.OpenAsync(ct);
        return [.. await connection.QueryAsync<Relay>(new CommandDefinition(sql, new { limit }, cancellationToken: ct))];
    }

    private static Task<Relay?> OpenForUserAsync(DbConnection connection, DbTransaction? transaction, string channelId, string userId, CancellationToken ct)
    {
        const string sql = Select + """
             WHERE r.firm_channel_id = @channelId AND r.firm_user_id = @userId AND r.status IN ('waiting', 'active')
             ORDER BY r.id DESC LIMIT 1
            """;
        return connection.QuerySingleOrDefaultAsync<Relay?>(new CommandDefinition(sql, new { channelId, userId }, transaction, cancellationToken: ct));
    }

    private static Task<Relay?> FindAsync(DbConnection connection, DbTransaction transaction, long id, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<Relay?>(new CommandDefinition(Select + " WHERE r.id = @id", new { id }, transaction, cancellationToken: ct));

    private sealed class LiaisonRow
    {
        public long Id { get; set; }
        public long Bound { get; set; }
    }

    private sealed class EndedRow
    {
        public DateTimeOffset? AcceptedAt { get; set; }
    }

    private sealed class LineRow
    {
        public string Sender { get; set; } = string.Empty;
        public string Text { get; set; } = string.Empty;
        public DateTimeOffset SentAt { get; set; }
    }

    /// <summary>
    /// The open relay of the firm's user @senderChannel/@senderUser, as <see cref="OpenForUserAsync(string, string, CancellationToken)"/>
    /// reads it, for the read of who is talking batched into a turn's first round trip (<see cref="Turns.TurnSender"/>).
    /// </summary>
    internal const string SelectOpenForSender = Select + """
         WHERE r.firm_channel_id = @senderChannel AND r.firm_user_id = @senderUser AND r.status IN ('waiting', 'active')
         ORDER BY r.id DESC LIMIT 1
        """;
}
