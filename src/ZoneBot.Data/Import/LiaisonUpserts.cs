using ZoneBot.Domain;
using ZoneBot.Data.Alerts;

namespace ZoneBot.Data.Import;

/// <summary>
/// The liaisons of a grid roster, upserted by phone (the phone identifies the person). A grid whose
/// liaison changed keeps the previous one as an officer without a grid: their bindings and history
/// stay, and 找社管员 shows the new liaison only.
/// </summary>
internal static class LiaisonUpserts
{
    private const string SelectOfficer = """
        SELECT id AS Id, name AS Name, role AS Role, grid_id AS GridId, community_id AS CommunityId FROM officers WHERE phone = @Phone
        """;

    private const string InsertLiaison = "INSERT INTO officers (name, phone, role, grid_id) VALUES (@Name, @Phone, 'liaison', @GridId)";

    // A liaison belongs to a grid, not directly to a community (see Officer).
    private const string UpdateLiaison = "UPDATE officers SET name = @Name, role = 'liaison', grid_id = @GridId, community_id = NULL WHERE id = @Id";

    private const string SelectLiaisonId = "SELECT id FROM officers WHERE phone = @Phone";

    private const string DetachOtherLiaisons = "UPDATE officers SET grid_id = NULL WHERE role = 'liaison' AND grid_id = @GridId AND phone <> @Phone";

    public static async Task<ImportTally> UpsertAsync(ImportRun run, IReadOnlyList<ImportedGrid> grids, IReadOnlyDictionary<int, long> gridIds)
    {
        int added = 0, updated = 0, unchanged = 0, detached = 0;
        foreach (var grid in grids)
        {
            var gridId = gridIds[grid.Number];
            var before = await run.QuerySingleOrDefaultAsync<StoredOfficer>(SelectOfficer, new { Phone = grid.LiaisonPhone });
            if (before is null)
            {
                await run.ExecuteAsync(InsertLiaison, new { Name = grid.LiaisonName, Phone = grid.LiaisonPhone, GridId = gridId });
                added++;
            }
            else if (before != new StoredOfficer(before.Id, grid.LiaisonName, OfficerRole.Liaison.Code, gridId, null))
            {
                await run.ExecuteAsync(UpdateLiaison, new { before.Id, Name = grid.LiaisonName, GridId = gridId });
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        // After every liaison is in place, so one who moved to another grid is not counted as detached.
        foreach (var grid in grids)
        {
            detached += await run.ExecuteAsync(DetachOtherLiaisons, new { GridId = gridIds[grid.Number], Phone = grid.LiaisonPhone });
        }

        // Then the alerts waiting for a grid's former liaison go to its liaison now.
        foreach (var grid in grids)
        {
            var liaisonId = await run.ScalarAsync<long>(SelectLiaisonId, new { Phone = grid.LiaisonPhone });
            await LiaisonAlerts.FollowNewLiaisonAsync(run.Connection, run.Transaction, gridIds[grid.Number], liaisonId, run.Ct);
        }

        return new ImportTally(ImportedKind.Liaison, added, updated, unchanged, detached);
    }

    private sealed record StoredOfficer(long Id, string Name, string Role, long? GridId, long? CommunityId);
}
