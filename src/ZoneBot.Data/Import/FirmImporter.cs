using ZoneBot.Domain;

namespace ZoneBot.Data.Import;

/// <summary>
/// import firms: every row checked first; then, when none was rejected (or the caller skips the
/// rejected ones), the firms upserted by credit code in one transaction, so a re-import updates
/// and never duplicates, and a failure half-way leaves the table as it was.
/// </summary>
public sealed class FirmImporter(Database database)
{
    private const string SelectGrids = "SELECT id AS Id, number AS Number, roads AS Roads FROM grids";

    private const string SelectFirms = """
        SELECT credit_code AS CreditCode, name AS Name, short_name AS ShortName, address AS Address, road AS Road,
               industry AS Industry, colour AS Colour, grid_id AS GridId, contact_phone AS ContactPhone, english_name AS EnglishName
        FROM firms
        """;

    private const string UpsertFirm = """
        INSERT INTO firms (credit_code, name, short_name, address, road, industry, colour, grid_id, contact_phone, english_name)
        VALUES (@CreditCode, @Name, @ShortName, @Address, @Road, @Industry, @Colour, @GridId, @ContactPhone, @EnglishName)
        ON CONFLICT (credit_code) DO UPDATE SET
            name = excluded.name, short_name = excluded.short_name, address = excluded.address, road = excluded.road,
            industry = excluded.industry, colour = excluded.colour, grid_id = excluded.grid_id, contact_phone = excluded.contact_phone,
            english_name = excluded.english_name
        """;

    /// <param name="skipInvalid">Write the valid rows even when some were rejected.</param>
    /// <exception cref="RosterFormatException">A required column is missing.</exception>
    public async Task<ImportResult> ImportAsync(
        RosterTable table, bool skipInvalid, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // Checked and written under one lock: a grid cannot vanish between the check and the write, and a
        // second import waits, then finds this one's firms (PostgreSQL's read committed would not).
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await database.Provider.LockAsync(connection, transaction, ImportRun.LockName, ct);
        var run = new ImportRun(connection, transaction, ct);

        var grids = (await run.QueryAsync<StoredGrid>(SelectGrids)).ToList();
        var roads = grids.SelectMany(grid => (grid.Roads ?? string.Empty).Split(Grid.RoadSeparator, StringSplitOptions.RemoveEmptyEntries)).ToList();
        var (firms, rejections) = new FirmRowValidator(grids.ToDictionary(grid => (int)grid.Number, grid => grid.Id), roads).Validate(table);
        if (rejections.Count > 0 && !skipInvalid)
        {
            return ImportResult.NotWritten(table.Lines.Count, rejections);
        }

        var stored = (await run.QueryAsync<StoredFirm>(SelectFirms)).ToDictionary(firm => firm.CreditCode, StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0;
        for (var i = 0; i < firms.Count; i++)
        {
            var firm = firms[i];
            var row = new StoredFirm(
                firm.CreditCode, firm.Name, firm.ShortName, firm.Address, firm.Road, firm.Industry.Code, firm.Colour.Code, firm.GridId, firm.ContactPhone, firm.EnglishName);
            if (!stored.TryGetValue(firm.CreditCode, out var before))
            {
                await run.ExecuteAsync(UpsertFirm, row);
                added++;
            }
            else if (before != row)
            {
                await run.ExecuteAsync(UpsertFirm, row);
                updated++;
            }
            else
            {
                // Not rewritten: an unchanged roster leaves the table, and the bot's search index, alone.
                unchanged++;
            }

            if ((i + 1) % ImportProgress.Interval == 0 || i + 1 == firms.Count)
            {
                progress?.Report(new ImportProgress(i + 1, firms.Count));
            }
        }

        await transaction.CommitAsync(ct);
        return new ImportResult(table.Lines.Count, rejections, Written: true, [new ImportTally(ImportedKind.Firm, added, updated, unchanged)]);
    }

    // long, not int: SQLite hands Dapper every integer as Int64, and a record's constructor must match.
    private sealed record StoredGrid(long Id, long Number, string? Roads);

    /// <summary>A firm row as stored; record equality tells an update from a row already as the file says.</summary>
    private sealed record StoredFirm(
        string CreditCode, string Name, string ShortName, string Address, string? Road, string Industry, string Colour, long GridId, string? ContactPhone, string? EnglishName);
}
