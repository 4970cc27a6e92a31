using System.Data.Common;
using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Inspections;

/// <summary>What became of a 复查 decision.</summary>
public enum ReviewOutcome
{
    /// <summary>Accepted; other hazards of the inspection are still open.</summary>
    Accepted,

    /// <summary>Accepted, and it was the last: the inspection is closed (闭环) and the firm told.</summary>
    Closed,

    /// <summary>Sent back to the firm with the officer's note; open again.</summary>
    SentBack,

    ExtensionGranted,

    ExtensionRefused,

    /// <summary>Not a hazard this officer may review.</summary>
    NotFound,

    /// <summary>Nothing waits for this decision (decided already, or the firm has not answered).</summary>
    NotPending,
}

/// <summary>
/// 复查: the hazards whose firms answered (已整改, or more time asked), in the officer's scope; accepting, sending
/// back with a note, granting or refusing more time. The last hazard accepted closes the inspection (闭环).
/// Every decision tells the firm's verified members through the outbox, in the same transaction.
/// </summary>
public sealed class InspectionReviews(Database database, TimeProvider time)
{
    public async Task<IReadOnlyList<HazardView>> PendingAsync(Officer officer, CancellationToken ct = default)
    {
        var where = $" WHERE h.status IN ('reported', 'extension_asked') AND {InspectionRows.OfficerScope} ORDER BY h.inspection_id, h.id";
        await using var connection = await database.OpenAsync(ct);
        return await InspectionRows.HazardsAsync(connection, null, where, InspectionRows.Scope(officer), ct);
    }

    public async Task<HazardView?> FindAsync(Officer officer, long hazardId, CancellationToken ct = default)
    {
        var where = $" WHERE h.id = @hazardId AND {InspectionRows.OfficerScope}";
        await using var connection = await database.OpenAsync(ct);
        return (await InspectionRows.HazardsAsync(connection, null, where, OfficerInspections.Merge(officer, new { hazardId }), ct)).SingleOrDefault();
    }

    /// <summary>The photos the firm sent with its report, for the reviewing officer to see.</summary>
    public async Task<IReadOnlyList<PhotoFile>> RectifiedPhotosAsync(long hazardId, CancellationToken ct = default)
    {
        const string sql = """
            SELECT name AS Name, content_type AS ContentType, url AS Url FROM hazard_photos
            WHERE hazard_id = @hazardId AND stage = 'rectified' ORDER BY id
            """;
        await using var connection = await database.OpenAsync(ct);
        return [.. (await connection.QueryAsync<(string Name, string ContentType, string Url)>(new CommandDefinition(sql, new { hazardId }, cancellationToken: ct)))
            .Select(row => new PhotoFile(row.Name, row.ContentType, row.Url))];
    }

    public Task<ReviewOutcome> AcceptAsync(Officer officer, long hazardId, CancellationToken ct = default)
    {
        const string sql = "UPDATE hazards SET status = 'accepted', accepted_at = @now, review_note = NULL WHERE id = @hazardId AND status = 'reported'";
        return DecideAsync(officer, hazardId, sql, null, ReviewOutcome.Accepted, ct);
    }

    public Task<ReviewOutcome> SendBackAsync(Officer officer, long hazardId, string note, CancellationToken ct = default)
    {
        const string sql = "UPDATE hazards SET status = 'open', review_note = @note WHERE id = @hazardId AND status = 'reported'";
        return DecideAsync(officer, hazardId, sql, note, ReviewOutcome.SentBack, ct);
    }

    /// <summary>More time granted: the deadline moves by the days asked (clock days), and the hazard is open again.</summary>
    public Task<ReviewOutcome> GrantExtensionAsync(Officer officer, long hazardId, CancellationToken ct = default)
    {
        const string sql = "UPDATE hazards SET status = 'open', due_at = @dueAt WHERE id = @hazardId AND status = 'extension_asked'";
        return DecideAsync(officer, hazardId, sql, null, ReviewOutcome.ExtensionGranted, ct);
    }

    public Task<ReviewOutcome> RefuseExtensionAsync(Officer officer, long hazardId, string? note, CancellationToken ct = default)
    {
        const string sql = "UPDATE hazards SET status = 'open', review_note = @note, extension_days = NULL WHERE id = @hazardId AND status = 'extension_asked'";
        return DecideAsync(officer, hazardId, sql, note, ReviewOutcome.ExtensionRefused, ct);
    }

    private async Task<ReviewOutcome> DecideAsync(Officer officer, long hazardId, string update, string? note, ReviewOutcome outcome, CancellationToken ct)
    {
        const string remaining = "SELECT COUNT(*) FROM hazards WHERE inspection_id = @inspectionId AND status <> 'accepted'";
        const string close = "UPDATE inspections SET status = 'closed', closed_at = @now WHERE id = @inspectionId AND status = 'rectifying'";
        var now = time.GetUtcNow();
        // Through the one writer (SQLite), which commits whatever the work wrote: not found returns before any write, and a
        // hazard not waiting for this decision is refused by the guarded UPDATE itself, which then changed no row.
        return await database.WriteAsync(async (connection, transaction, token) =>
        {
            var where = $" WHERE h.id = @hazardId AND {InspectionRows.OfficerScope}";
            var hazard = (await InspectionRows.HazardsAsync(connection, transaction, where, OfficerInspections.Merge(officer, new { hazardId }), token)).SingleOrDefault();
            if (hazard is null)
            {
                return ReviewOutcome.NotFound;
            }
            var dueAt = RectificationDeadlines.DueAt(RectificationDeadlines.LastDay(hazard.DueAt).AddDays(hazard.ExtensionDays ?? 0));
            if (await connection.ExecuteAsync(new CommandDefinition(update, new { hazardId, now, note, dueAt }, transaction, cancellationToken: token)) == 0)
            {
                return ReviewOutcome.NotPending;
            }
            var (kind, line) = outcome switch
            {
                ReviewOutcome.SentBack => (InspectionAlert.SentBack, hazard.ToLine(note)),
                ReviewOutcome.ExtensionGranted => (InspectionAlert.ExtensionGranted, hazard.ToLine(null, 0, hazard.ExtensionDays) with { DueAt = dueAt }),
                ReviewOutcome.ExtensionRefused => (InspectionAlert.ExtensionRefused, hazard.ToLine(note ?? string.Empty)),
                _ => ((string?)null, hazard.ToLine()),
            };
            if (outcome == ReviewOutcome.Accepted
                && await connection.ExecuteScalarAsync<long>(new CommandDefinition(remaining, new { inspectionId = hazard.InspectionId }, transaction, cancellationToken: token)) == 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(close, new { inspectionId = hazard.InspectionId, now }, transaction, cancellationToken: token));
                (outcome, kind) = (ReviewOutcome.Closed, InspectionAlert.Closed);
                line = hazard.ToLine();
            }
            if (kind is not null)
            {
                var lines = kind == InspectionAlert.Closed ? await AllLinesAsync(connection, transaction, hazard.InspectionId, token) : [line];
                await InspectionOutbox.ToFirmMembersAsync(connection, transaction, kind, hazard.ToAlert(lines, officer.Name), now, token);
            }
            return outcome;
        }, ct);
    }

    private static async Task<IReadOnlyList<HazardAlertLine>> AllLinesAsync(DbConnection connection, DbTransaction transaction, long inspectionId, CancellationToken ct) =>
        [.. (await InspectionRows.HazardsAsync(connection, transaction, " WHERE h.inspection_id = @inspectionId ORDER BY h.id", new { inspectionId }, ct))
            .Select(hazard => hazard.ToLine())];
}
