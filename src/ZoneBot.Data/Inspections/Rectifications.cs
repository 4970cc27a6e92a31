using System.Data.Common;
using Dapper;
using ZoneBot.Domain;
using ZoneBot.Data.Officers;

namespace ZoneBot.Data.Inspections;

/// <summary>What became of a firm's answer about a hazard.</summary>
public enum RectificationOutcome
{
    Done,

    /// <summary>Not a hazard of this firm.</summary>
    NotFound,

    /// <summary>Already reported, waiting for 复查, or accepted: nothing changed (a retry, or a second member answering).</summary>
    NotOpen,
}

/// <summary>
/// The firm's side of 整改 → 上报: its hazards not yet accepted (我的整改), 已整改 with photos, or more time asked for
/// with a reason. Each answer alerts the officer who inspected (or the grid's liaison) in the same transaction.
/// </summary>
public sealed class Rectifications(Database database, TimeProvider time)
{
    public async Task<IReadOnlyList<HazardView>> OpenAsync(long firmId, CancellationToken ct = default)
    {
        const string where = " WHERE i.firm_id = @firmId AND h.status <> 'accepted' ORDER BY h.due_at, h.id";
        await using var connection = await database.OpenAsync(ct);
        return await InspectionRows.HazardsAsync(connection, null, where, new { firmId }, ct);
    }

    /// <summary>已整改: the hazard waits for 复查, with what the firm said and its photos.</summary>
    public Task<RectificationOutcome> ReportAsync(long firmId, long hazardId, string note, IReadOnlyList<PhotoFile> photos, CancellationToken ct = default)
    {
        const string sql = """
            UPDATE hazards SET status = 'reported', reported_at = @now, firm_note = @note, extension_days = NULL
            WHERE id = @hazardId AND status IN ('open', 'extension_asked')
            """;
        return AnswerAsync(firmId, hazardId, sql, note, null, InspectionAlert.Reported, photos, ct);
    }

    /// <summary>More time: <paramref name="days"/> more days, for <paramref name="reason"/>; the officer grants or refuses it at 复查.</summary>
    public Task<RectificationOutcome> AskExtensionAsync(long firmId, long hazardId, int days, string reason, CancellationToken ct = default)
    {
        const string sql = """
            UPDATE hazards SET status = 'extension_asked', firm_note = @note, extension_days = @days
            WHERE id = @hazardId AND status = 'open'
            """;
        return AnswerAsync(firmId, hazardId, sql, reason, days, InspectionAlert.ExtensionAsked, [], ct);
    }

    private async Task<RectificationOutcome> AnswerAsync(
        long firmId, long hazardId, string update, string note, int? days, string kind, IReadOnlyList<PhotoFile> photos, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // Through the one writer (SQLite), which commits whatever the work wrote: not found returns before any write, and a
        // hazard no longer open is refused by the guarded UPDATE itself, which then changed no row.
        return await database.WriteAsync(async (connection, transaction, token) =>
        {
            var hazard = (await InspectionRows.HazardsAsync(connection, transaction, " WHERE h.id = @hazardId AND i.firm_id = @firmId", new { hazardId, firmId }, token)).SingleOrDefault();
            if (hazard is null)
            {
                return RectificationOutcome.NotFound;
            }
            if (await connection.ExecuteAsync(new CommandDefinition(update, new { hazardId, now, note, days }, transaction, cancellationToken: token)) == 0)
            {
                return RectificationOutcome.NotOpen;
            }
            await HazardPhotos.AddAsync(connection, transaction, hazardId, "rectified", photos, token);
            var alert = hazard.ToAlert([hazard.ToLine(note, photos.Count, days)]);
            if (await InspectorAsync(connection, transaction, hazard, token) is { } officerId)
            {
                await InspectionOutbox.ToOfficerAsync(connection, transaction, kind, officerId, alert, now, token);
            }
            return RectificationOutcome.Done;
        }, ct);
    }

    /// <summary>Who reviews: the officer who inspected, or the grid's liaison, or the community's secretary.</summary>
    private static async Task<long?> InspectorAsync(DbConnection connection, DbTransaction transaction, HazardView hazard, CancellationToken ct) =>
        hazard.InspectedBy
        ?? await OfficerRows.LiaisonOfAsync(connection, transaction, hazard.GridId, ct)
        ?? (await OfficerRows.SecretariesOrAdminsAsync(connection, transaction, hazard.CommunityId, ct)).Select(id => (long?)id).FirstOrDefault();
}
