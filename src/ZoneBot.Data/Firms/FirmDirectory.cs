using Dapper;
using ZoneBot.Domain;

namespace ZoneBot.Data.Firms;

/// <summary>
/// The firm search every flow uses: an in-memory <see cref="FirmIndex"/> over the firms table, built
/// on first use and rebuilt when the table changes (an import), checked at most once a minute.
/// Names typed with a sound-alike character are found when the caller registers <see cref="SoundAlikeCharacters"/>.
/// </summary>
public sealed class FirmDirectory(Database database, TimeProvider time, SoundAlikeCharacters? sounds = null)
{
    private static readonly TimeSpan FreshnessCheckInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private (FirmIndex Index, string Version, DateTimeOffset CheckedAt)? _current;

    private const string SelectFirms = """
        SELECT id AS Id, credit_code AS CreditCode, name AS Name, short_name AS ShortName, road AS Road, grid_id AS GridId,
               english_name AS EnglishName
        FROM firms
        """;

    // Changes with every insert, update or delete of a firm row that an import makes.
    private const string SelectVersion = """
        SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) || ':' || COALESCE(SUM(LENGTH(name) + COALESCE(LENGTH(english_name), 0) + grid_id), 0) FROM firms
        """;

    public async Task<FirmSearchResult> SearchAsync(string? query, int limit = 5, CancellationToken ct = default) =>
        (await IndexAsync(ct)).Search(query, limit);

    /// <summary>The firm a longer message names ("永胜灯具归哪个网格"), if any (<see cref="FirmIndex.FindIn"/>).</summary>
    public async Task<FirmMention?> FindInAsync(string? text, CancellationToken ct = default) => (await IndexAsync(ct)).FindIn(text);

    /// <summary>Every road that has firms, longest first (from the index: no query per message).</summary>
    public async Task<IReadOnlyList<string>> RoadsAsync(CancellationToken ct = default) => (await IndexAsync(ct)).Roads;

    public async Task<FirmListing?> FindByIdAsync(long firmId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<FirmListing>(
            new CommandDefinition(SelectFirms + " WHERE id = @firmId", new { firmId }, cancellationToken: ct));
    }

    /// <summary>Forgets the index, so the next search reloads it (after an import in this process).</summary>
    public void Invalidate() => _current = null;

    private async Task<FirmIndex> IndexAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_current is { } fresh && now - fresh.CheckedAt < FreshnessCheckInterval)
        {
            return fresh.Index;
        }
        await _loading.WaitAsync(ct);
        try
        {
            await using var connection = await database.OpenAsync(ct);
            var version = await connection.ExecuteScalarAsync<string>(new CommandDefinition(SelectVersion, cancellationToken: ct)) ?? string.Empty;
            if (_current is { } known && known.Version == version)
            {
                _current = known with { CheckedAt = now };
                return known.Index;
            }
            var firms = await connection.QueryAsync<FirmListing>(new CommandDefinition(SelectFirms, cancellationToken: ct));
            var index = new FirmIndex(firms, sounds);
            _current = (index, version, now);
            return index;
        }
        finally
        {
            _loading.Release();
        }
    }
}
