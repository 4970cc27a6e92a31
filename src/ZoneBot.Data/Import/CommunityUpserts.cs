using System.Globalization;

namespace ZoneBot.Data.Import;

/// <summary>The communities of a grid roster: found by name or code, created when new, their office
/// phone and address updated when the file gives them.</summary>
internal static class CommunityUpserts
{
    private const string SelectCommunities = """
        SELECT id AS Id, code AS Code, name AS Name, office_phone AS OfficePhone, office_address AS OfficeAddress FROM communities
        """;

    private const string InsertCommunity = """
        INSERT INTO communities (code, name, office_phone, office_address)
        VALUES (@Code, @Name, @OfficePhone, @OfficeAddress)
        RETURNING id
        """;

    private const string UpdateCommunity = "UPDATE communities SET office_phone = @OfficePhone, office_address = @OfficeAddress WHERE id = @Id";

    public static async Task<(Dictionary<string, long> Ids, ImportTally Tally)> UpsertAsync(ImportRun run, IReadOnlyList<ImportedGrid> grids)
    {
        var stored = (await run.QueryAsync<StoredCommunity>(SelectCommunities)).ToList();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var rows in grids.GroupBy(grid => grid.Community))
        {
            // The validator made sure the rows of one community agree; the first value given wins.
            var phone = rows.Select(row => row.CommunityPhone).FirstOrDefault(value => value is not null);
            var address = rows.Select(row => row.CommunityAddress).FirstOrDefault(value => value is not null);
            var community = stored.FirstOrDefault(c => c.Name == rows.Key)
                ?? stored.FirstOrDefault(c => string.Equals(c.Code, rows.Key, StringComparison.OrdinalIgnoreCase));
            if (community is null)
            {
                community = new StoredCommunity(0, NewCommunityCode(stored), rows.Key, phone ?? string.Empty, address ?? string.Empty);
                community = community with { Id = await run.ScalarAsync<long>(InsertCommunity, community) };
                stored.Add(community);
                added++;
            }
            else if ((phone ?? community.OfficePhone) != community.OfficePhone || (address ?? community.OfficeAddress) != community.OfficeAddress)
            {
                community = community with { OfficePhone = phone ?? community.OfficePhone, OfficeAddress = address ?? community.OfficeAddress };
                await run.ExecuteAsync(UpdateCommunity, community);
                updated++;
            }
            else
            {
                unchanged++;
            }

            ids[rows.Key] = community.Id;
        }

        return (ids, new ImportTally(ImportedKind.Community, added, updated, unchanged));
    }

    /// <summary>C01, C02, …: the first free one. A community's code is only a stable key; people see its name.</summary>
    private static string NewCommunityCode(IReadOnlyList<StoredCommunity> stored)
    {
        var taken = stored.Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Enumerable.Range(1, taken.Count + 1)
            .Select(n => "C" + n.ToString("00", CultureInfo.InvariantCulture))
            .First(code => !taken.Contains(code));
    }

    private sealed record StoredCommunity(long Id, string Code, string Name, string OfficePhone, string OfficeAddress);
}
