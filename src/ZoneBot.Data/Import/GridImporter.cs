using System.Globalization;

namespace ZoneBot.Data.Import;

/// <summary>
/// import grids: every row checked first; then, in one transaction, each row's community found by
/// name or code (created when new, see <see cref="CommunityUpserts"/>), its grid upserted by number,
/// and its liaison upserted by phone (see <see cref="LiaisonUpserts"/>).
/// </summary>
public sealed class GridImporter(Database database)
{
    /// <param name="skipInvalid">Write the valid rows even when some were rejected.</param>
    /// <exception cref="RosterFormatException">A required column is missing.</exception>
    public async Task<ImportResult> ImportAsync(
        RosterTable table, bool skipInvalid, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var (grids, rejections) = GridRowValidator.Validate(table);
        if (rejections.Count > 0 && !skipInvalid)
        {
            return ImportResult.NotWritten(table.Lines.Count, rejections);
        }

        await using var connection = await database.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        // A second import waits, then finds this one's communities and grids instead of adding them again.
        await database.Provider.LockAsync(connection, transaction, ImportRun.LockName, ct);
        var run = new ImportRun(connection, transaction, ct);
        var (communityIds, communities) = await CommunityUpserts.UpsertAsync(run, grids);
        var (gridIds, gridTally) = await UpsertGridsAsync(run, grids, communityIds, progress);
        var liaisons = await LiaisonUpserts.UpsertAsync(run, grids, gridIds);
        await transaction.CommitAsync(ct);

        return new ImportResult(table.Lines.Count, rejections, Written: true, [communities, gridTally, liaisons]);
    }

    private const string SelectGrids = "SELECT id AS Id, community_id AS CommunityId, number AS Number, name AS Name, roads AS Roads FROM grids";

    // A new grid's code follows the demo's G01, G02; codes are keys, never shown.
    private const string InsertGrid = """
        INSERT INTO grids (community_id, code, number, name, roads)
        VALUES (@CommunityId, @Code, @Number, @Name, @Roads)
        RETURNING id
        """;

    private const string UpdateGrid = "UPDATE grids SET community_id = @CommunityId, name = @Name, roads = @Roads WHERE id = @Id";

    private static async Task<(Dictionary<int, long> Ids, ImportTally Tally)> UpsertGridsAsync(
        ImportRun run, IReadOnlyList<ImportedGrid> grids, IReadOnlyDictionary<string, long> communityIds, IProgress<ImportProgress>? progress)
    {
        var stored = (await run.QueryAsync<StoredGrid>(SelectGrids)).ToDictionary(grid => grid.Number);
        var ids = new Dictionary<int, long>();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var (grid, index) in grids.Select((grid, index) => (grid, index)))
        {
            var wanted = new StoredGrid(0, communityIds[grid.Community], grid.Number, grid.Name, grid.Roads);
            if (!stored.TryGetValue(grid.Number, out var before))
            {
                var code = "G" + grid.Number.ToString("00", CultureInfo.InvariantCulture);
                wanted = wanted with { Id = await run.ScalarAsync<long>(InsertGrid, new { wanted.CommunityId, Code = code, wanted.Number, wanted.Name, wanted.Roads }) };
                added++;
            }
            else if (before with { Id = 0 } != wanted)
            {
                wanted = wanted with { Id = before.Id };
                await run.ExecuteAsync(UpdateGrid, wanted);
                updated++;
            }
            else
            {
                wanted = before;
                unchanged++;
            }

            ids[grid.Number] = wanted.Id;
            if ((index + 1) % ImportProgress.Interval == 0 || index + 1 == grids.Count)
            {
                progress?.Report(new ImportProgress(index + 1, grids.Count));
            }
        }

        return (ids, new ImportTally(ImportedKind.Grid, added, updated, unchanged));
    }

    // long, not int: SQLite hands Dapper every integer as Int64, and a record's constructor must match.
    private sealed record StoredGrid(long Id, long CommunityId, long Number, string Name, string? Roads);
}
