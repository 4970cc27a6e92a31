using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Inspections;

/// <summary>
/// The officer's side of 检查: the inspections due (本周待检查), the one to record for a firm, and recording it:
/// items, hazards and photos in one transaction with the 整改通知 to the firm's verified members, so a
/// committed inspection always has its notice waiting in the outbox.
/// </summary>
public sealed class OfficerInspections(Database database, TimeProvider time)
{
    /// <summary>
    /// Planned inspections in the officer's scope whose window has opened by <paramref name="until"/>, the
    /// earliest deadline first (overdue ones lead), red and orange firms before the others on the same day.
    /// </summary>
    public async Task<IReadOnlyList<InspectionSummary>> DueAsync(Officer officer, DateOnly until, int limit, CancellationToken ct = default)
    {
        var where = $"""
             WHERE i.status = 'planned' AND i.due_from <= @until AND {InspectionRows.OfficerScope}
             ORDER BY i.due_by, CASE f.colour WHEN 'red' THEN 0 WHEN 'orange' THEN 1 WHEN 'yellow' THEN 2 ELSE 3 END, f.short_name, i.id
             LIMIT @limit
            """;
        await using var connection = await database.OpenAsync(ct);
        return await InspectionRows.InspectionsAsync(connection, null, where, Merge(officer, new { until = InspectionRows.DayText(until), limit }), ct);
    }

    /// <summary>How many planned inspections in the officer's scope have opened by <paramref name="until"/>, and how many of them are overdue on <paramref name="today"/>.</summary>
    public async Task<(int Due, int Overdue)> CountDueAsync(Officer officer, DateOnly today, DateOnly until, CancellationToken ct = default)
    {
        var sql = $"""
            SELECT COUNT(*) AS Due, COALESCE(SUM(CASE WHEN i.due_by < @today THEN 1 ELSE 0 END), 0) AS Overdue
            FROM inspections AS i JOIN grids AS g ON g.id = i.grid_id
            WHERE i.status = 'planned' AND i.due_from <= @until AND {InspectionRows.OfficerScope}
            """;
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleAsync<CountRow>(new CommandDefinition(
            sql, Merge(officer, new { today = InspectionRows.DayText(today), until = InspectionRows.DayText(until) }), cancellationToken: ct));
        return ((int)row.Due, (int)row.Overdue);
    }

    public async Task<InspectionSummary?> FindAsync(Officer officer, long inspectionId, CancellationToken ct = default)
    {
        var where = $" WHERE i.id = @inspectionId AND {InspectionRows.OfficerScope}";
        await using var connection = await database.OpenAsync(ct);
        return (await InspectionRows.InspectionsAsync(connection, null, where, Merge(officer, new { inspectionId }), ct)).SingleOrDefault();
    }

    /// <summary>
    /// The inspection to record for a firm: its planned one whose window opened first, or, when the plan has none
    /// open, one outside the plan (round 0) made now. Null when the firm is not in the officer's scope.
    /// </summary>
    public async Task<InspectionSummary?> OpenForFirmAsync(Officer officer, long firmId, CancellationToken ct = default)
    {
        var today = ZoneTime.Today(time);
        var planned = $"""
             WHERE i.firm_id = @firmId AND i.status = 'planned' AND i.due_from <= @today AND {InspectionRows.OfficerScope}
             ORDER BY i.due_by, i.id LIMIT 1
            """;
        const string inScope = """
            SELECT f.grid_id FROM firms AS f JOIN grids AS g ON g.id = f.grid_id
            WHERE f.id = @firmId AND (@role = 'admin' OR (@role = 'liaison' AND f.grid_id = @gridId) OR (@role IN ('secretary', 'department') AND g.community_id = @communityId))
            """;
        const string adHoc = """
            INSERT INTO inspections (firm_id, grid_id, year, round, kind, due_from, due_by, status)
            VALUES (@firmId, @firmGridId, @year, 0, @kind, @today, @today, 'planned')
            RETURNING id
            """;
        long? firmGridId;
        await using (var connection = await database.OpenAsync(ct))
        {
            var parameters = Merge(officer, new { firmId, today = InspectionRows.DayText(today) });
            if ((await InspectionRows.InspectionsAsync(connection, null, planned, parameters, ct)).FirstOrDefault() is { } found)
            {
                return found;
            }
            firmGridId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(inScope, parameters, cancellationToken: ct));
        }
        if (firmGridId is null)
        {
            return null;
        }
        // Through the one writer (SQLite), not beside it; one statement, as before.
        var id = (await database.QueryWriteAsync<long>(adHoc, new
        {
            firmId, firmGridId, year = today.Year, kind = Checklists.DefaultKind, today = InspectionRows.DayText(today),
        }, ct)).Single();
        return await FindAsync(officer, id, ct);
    }

    /// <summary>
    /// Records what the inspection found. Without hazards it is closed at once; with hazards the firm's verified
    /// members get the 整改通知. Only a planned inspection in the officer's scope is recorded, once.
    /// </summary>
    public async Task<RecordOutcome> RecordAsync(Officer officer, long inspectionId, InspectionFindings findings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        const string take = """
            UPDATE inspections SET status = @status, inspected_at = @now, inspected_by = @officerId, closed_at = @closedAt
            WHERE id = @inspectionId AND status = 'planned'
            """;
        const string item = "INSERT INTO inspection_items (inspection_id, item_code, result) VALUES (@inspectionId, @itemCode, @result)";
        const string hazard = """
            INSERT INTO hazards (inspection_id, item_code, level, note, status, found_at, due_at)
            VALUES (@inspectionId, @itemCode, @level, @note, 'open', @now, @dueAt)
            RETURNING id
            """;
        var now = time.GetUtcNow();
        var where = $" WHERE i.id = @inspectionId AND {InspectionRows.OfficerScope}";
        // Through the one writer (SQLite), which commits whatever the work wrote: not found returns before any write, and
        // inspected already is refused by the guarded UPDATE itself, which then changed no row.
        return await database.WriteAsync(async (connection, transaction, token) =>
        {
            var inspection = (await InspectionRows.InspectionsAsync(connection, transaction, where, Merge(officer, new { inspectionId }), token)).SingleOrDefault();
            if (inspection is null)
            {
                return RecordOutcome.NotFound;
            }
            var closed = findings.Hazards.Count == 0;
            var taken = await connection.ExecuteAsync(new CommandDefinition(take, new
            {
                status = closed ? InspectionStatus.Closed : InspectionStatus.Rectifying, now, officerId = officer.Id,
                closedAt = closed ? now : (DateTimeOffset?)null, inspectionId,
            }, transaction, cancellationToken: token));
            if (taken == 0)
            {
                return RecordOutcome.AlreadyInspected;
            }
            foreach (var code in findings.PassedItems.Distinct())
            {
                await connection.ExecuteAsync(new CommandDefinition(item, new { inspectionId, itemCode = code, result = "passed" }, transaction, cancellationToken: token));
            }
            var lines = new List<HazardAlertLine>();
            foreach (var found in findings.Hazards)
            {
                if (!findings.PassedItems.Contains(found.ItemCode) && lines.All(line => line.ItemCode != found.ItemCode))
                {
                    await connection.ExecuteAsync(new CommandDefinition(item, new { inspectionId, itemCode = found.ItemCode, result = "hazard" }, transaction, cancellationToken: token));
                }
                var dueAt = RectificationDeadlines.DueAt(found.LastDay);
                var hazardId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(hazard, new
                {
                    inspectionId, itemCode = found.ItemCode, level = found.Level.Code, note = found.Note, now, dueAt,
                }, transaction, cancellationToken: token));
                await HazardPhotos.AddAsync(connection, transaction, hazardId, "found", found.Photos, token);
                lines.Add(new HazardAlertLine(hazardId, found.ItemCode, found.Level.Code, found.Note, dueAt, found.Photos.Count));
            }
            if (!closed)
            {
                var alert = new InspectionAlert(
                    inspection.Id, inspection.FirmId, inspection.FirmName, inspection.GridId, inspection.GridName, inspection.CommunityId, lines, officer.Name);
                await InspectionOutbox.ToFirmMembersAsync(connection, transaction, InspectionAlert.Notice, alert, now, token);
            }
            return closed ? RecordOutcome.Closed : RecordOutcome.Rectifying;
        }, ct);
    }

    /// <summary>The officer's scope and the query's own parameters, as one parameter object.</summary>
    internal static DynamicParameters Merge(Officer officer, object parameters)
    {
        var merged = new DynamicParameters(InspectionRows.Scope(officer));
        merged.AddDynamicParams(parameters);
        return merged;
    }

    private sealed class CountRow
    {
        public long Due { get; set; }
        public long Overdue { get; set; }
    }
}
