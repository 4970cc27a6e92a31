using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Import;
using ZoneBot.Data.Zone;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Import;

public sealed class SqliteGridImporterTests : GridImporterTests<SqliteProvider>;

public sealed class PostgresGridImporterTests : GridImporterTests<PostgresProvider>;

/// <summary>import grids on the demo zone (2 communities, grids 1–10, one liaison each): a database of its own per test, on each provider.</summary>
public abstract class GridImporterTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private const string ChineseHeader = "社区,社区电话,社区地址,网格号,网格名称,道路,社管员,社管员电话";
    private const string EnglishHeader = "community,community phone,community address,grid number,grid name,roads,liaison,liaison phone";

    private readonly SeededDatabase<TProvider> _database = new();
    private readonly RosterFiles _files = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _files.Dispose();
    }

    private static string[] NewGrids(string header) =>
    [
        header,
        "海星工业社区,0574-99990003,慈溪滨海经济开发区海星路1号,11,,海星路、海星二路,测试员甲,199 0000 0101",
        "海星工业社区,,,12号网格,海星西网格,\"海星路,滨海九路\",测试员乙,19900000102",
        "lingshui,,,13,,,测试员丙,+86 199 0000 0103",
    ];

    [DatabaseTheory]
    [InlineData(ChineseHeader)]
    [InlineData(EnglishHeader)]
    public async Task New_grids_come_with_their_liaisons_and_a_new_community_when_needed(string header)
    {
        var result = await ImportAsync(_files.Csv("grids.csv", NewGrids(header)));

        Assert.True(result.Written);
        Assert.Equal(new ImportTally(ImportedKind.Community, 1, 0, 1), result.Tally(ImportedKind.Community));
        Assert.Equal(new ImportTally(ImportedKind.Grid, 3, 0, 0), result.Tally(ImportedKind.Grid));
        Assert.Equal(new ImportTally(ImportedKind.Liaison, 3, 0, 0), result.Tally(ImportedKind.Liaison));

        var contacts = new GridContacts(_database.Database);
        var eleven = await contacts.ForGridNumberAsync(11);
        Assert.Equal(("11号网格", "海星工业社区", "0574-99990003", "测试员甲", "19900000101"),
            (eleven!.GridName, eleven.CommunityName, eleven.OfficePhone, eleven.LiaisonName, eleven.LiaisonPhone));
        var twelve = await contacts.ForGridNumberAsync(12);
        Assert.Equal(("海星西网格", "测试员乙"), (twelve!.GridName, twelve.LiaisonName));
        var thirteen = await contacts.ForGridNumberAsync(13);
        Assert.Equal(("灵水工业社区", "19900000103"), (thirteen!.CommunityName, thirteen.LiaisonPhone));
        Assert.Equal("海星路、滨海九路", await RoadsAsync(12));
    }

    [DatabaseFact]
    public async Task A_new_liaison_replaces_the_old_one_on_the_grid_and_a_reimport_changes_nothing()
    {
        string[] rows = [ChineseHeader, "灵水工业社区,,,1,,新兴大道、滨海一路,测试员丁,19900000104"];

        var result = await ImportAsync(_files.Csv("grid1.csv", rows));
        var again = await ImportAsync(_files.Csv("grid1-again.csv", rows));

        Assert.Equal(new ImportTally(ImportedKind.Grid, 0, 0, 1), result.Tally(ImportedKind.Grid));
        Assert.Equal(new ImportTally(ImportedKind.Liaison, 1, 0, 0, Detached: 1), result.Tally(ImportedKind.Liaison));
        var contact = await new GridContacts(_database.Database).ForGridNumberAsync(1);
        Assert.Equal(("测试员丁", "19900000104"), (contact!.LiaisonName, contact.LiaisonPhone));
        Assert.Equal(
            [new ImportTally(ImportedKind.Community, 0, 0, 1), new ImportTally(ImportedKind.Grid, 0, 0, 1), new ImportTally(ImportedKind.Liaison, 0, 0, 1)],
            again.Tallies);
        Assert.Equal(16L + 1, await CountAsync("SELECT COUNT(*) FROM officers")); // the old liaison stays an officer
    }

    [DatabaseFact]
    public async Task A_reimport_updates_a_grid_and_its_liaison_by_phone()
    {
        // 19900000002 is grid 2's demo liaison; the town's file renames both.
        string[] rows = [ChineseHeader, "灵水工业社区,0574-99990009,,2,兴慈网格,兴慈二路,陈立为,19900000002"];

        var result = await ImportAsync(_files.Csv("grid2.csv", rows));

        Assert.Equal(new ImportTally(ImportedKind.Community, 0, 1, 0), result.Tally(ImportedKind.Community));
        Assert.Equal(new ImportTally(ImportedKind.Grid, 0, 1, 0), result.Tally(ImportedKind.Grid));
        Assert.Equal(new ImportTally(ImportedKind.Liaison, 0, 1, 0), result.Tally(ImportedKind.Liaison));
        var contact = await new GridContacts(_database.Database).ForGridNumberAsync(2);
        Assert.Equal(("兴慈网格", "陈立为", "0574-99990009"), (contact!.GridName, contact.LiaisonName, contact.OfficePhone));
        Assert.Equal(10L, await CountAsync("SELECT COUNT(*) FROM grids"));
    }

    [DatabaseFact]
    public async Task A_file_with_bad_rows_writes_nothing_and_says_why_for_each_row()
    {
        string[] rows =
        [
            ChineseHeader,
            "海星工业社区,0574-99990003,,11,,,测试员甲,19900000101",   // 2: good but for row 7's office phone
            "海星工业社区,,,12,,,测试员乙,1990000010",                 // 3: phone one digit short
            "海星工业社区,,,十三,,,测试员丙,19900000103",              // 4: grid number in words
            "海星工业社区,,,14,,,测试员丁,19900000103",                // 5: same liaison as row 4
            "海星工业社区,,,14,,,,19900000105",                        // 6: grid 14 again, no liaison name
            "海星工业社区,0574-99990004,,15,,,测试员戊,19900000106",   // 7: another office phone
        ];

        var result = await ImportAsync(_files.Csv("bad.csv", rows));

        Assert.False(result.Written);
        Assert.Equal(
        [
            (2, ImportProblem.ConflictingCommunity), (3, ImportProblem.BadPhone), (4, ImportProblem.BadGridNumber),
            (4, ImportProblem.DuplicatePhone), (5, ImportProblem.DuplicateGridNumber), (5, ImportProblem.DuplicatePhone),
            (6, ImportProblem.MissingValue), (6, ImportProblem.DuplicateGridNumber), (7, ImportProblem.ConflictingCommunity),
        ], result.Rejections.Select(rejection => (rejection.RowNumber, rejection.Problem)));
        Assert.Contains("1990000010", result.Rejections.Single(rejection => rejection.RowNumber == 3).Message);
        Assert.Equal(2L, await CountAsync("SELECT COUNT(*) FROM communities"));
        Assert.Equal(10L, await CountAsync("SELECT COUNT(*) FROM grids"));
    }

    [DatabaseFact]
    public async Task Skip_invalid_writes_the_good_rows_only()
    {
        string[] rows = [ChineseHeader, "海星工业社区,,,11,,,测试员甲,19900000101", "海星工业社区,,,12,,,测试员乙,12345"];

        var result = await new GridImporter(_database.Database).ImportAsync(RosterReader.Read(_files.Csv("mixed.csv", rows)), skipInvalid: true);

        Assert.True(result.Written);
        Assert.Equal([3], result.Rejections.Select(rejection => rejection.RowNumber));
        Assert.Equal(11L, await CountAsync("SELECT COUNT(*) FROM grids"));
        Assert.Null(await new GridContacts(_database.Database).ForGridNumberAsync(12));
    }

    [DatabaseFact]
    public async Task Two_imports_of_one_file_at_once_write_it_once()
    {
        var path = _files.Csv("grids.csv", NewGrids(ChineseHeader));

        var results = await AtOnce.RunAsync(2, _ => ImportAsync(path));

        Assert.Equal([0, 1], results.Select(result => result.Tally(ImportedKind.Community).Added).Order());
        Assert.Equal([0, 3], results.Select(result => result.Tally(ImportedKind.Grid).Added).Order());
        Assert.Equal(3L, await CountAsync("SELECT COUNT(*) FROM communities"));
        Assert.Equal(13L, await CountAsync("SELECT COUNT(*) FROM grids"));
    }

    [DatabaseFact]
    public async Task An_xlsx_roster_with_phones_typed_as_numbers_reads_them_whole()
    {
        var result = await ImportAsync(_files.Xlsx("grids.xlsx", [ChineseHeader, "海星工业社区,,,11,,,测试员甲,19900000101"]));

        Assert.Equal(1, result.Tally(ImportedKind.Grid).Added);
        Assert.Equal("19900000101", (await new GridContacts(_database.Database).ForGridNumberAsync(11))!.LiaisonPhone);
    }

    private Task<ImportResult> ImportAsync(string path) =>
        new GridImporter(_database.Database).ImportAsync(RosterReader.Read(path), skipInvalid: false);

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _database.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private async Task<string?> RoadsAsync(int number)
    {
        await using var connection = await _database.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>("SELECT roads FROM grids WHERE number = @number", new { number });
    }
}
