using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Demo;
using ZoneBot.Data.Import;
using ZoneBot.Domain;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Import;

public sealed class SqliteFirmImporterTests : FirmImporterTests<SqliteProvider>;

public sealed class PostgresFirmImporterTests : FirmImporterTests<PostgresProvider>;

/// <summary>import firms on the demo zone: a database of its own per test, migrated and seeded, on each provider.</summary>
public abstract class FirmImporterTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private const string ChineseHeader = "统一社会信用代码,企业名称,简称,地址,道路,行业,颜色,网格";
    private const string EnglishHeader = "Credit code,Name,Short name,Address,Road,Industry,Colour,Grid";
    private const int DemoFirms = 743;

    private static readonly string CodeA = RosterFiles.Code("91330282MA2XX0001");
    private static readonly string CodeB = RosterFiles.Code("91330282MA2XX0002");
    private static readonly string CodeC = RosterFiles.Code("91330282MA2XX0003");

    private readonly SeededDatabase<TProvider> _database = new();
    private readonly RosterFiles _files = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _files.Dispose();
    }

    private static string[] GoodRows(string header) =>
    [
        header,
        $"{CodeA},慈溪市海晨照明有限公司,,慈溪滨海经济开发区新兴大道300号,,灯具,绿,1",
        $"{CodeB},宁波博远汽配有限公司,博远,慈溪滨海经济开发区兴慈二路9号,兴慈二路,auto_parts,橙色,2号网格",
        $"{CodeC},慈溪市金帆化纤厂,,慈溪滨海经济开发区滨海四路1号,滨海四路,化纤,red,6",
    ];

    [DatabaseFact]
    public async Task A_good_csv_file_adds_every_firm()
    {
        var result = await ImportAsync(_files.Csv("firms.csv", GoodRows(ChineseHeader)));

        Assert.True(result.Written);
        Assert.Empty(result.Rejections);
        Assert.Equal(new ImportTally(ImportedKind.Firm, 3, 0, 0), result.Tally(ImportedKind.Firm));
        Assert.Equal(DemoFirms + 3, await CountFirmsAsync());
        Assert.Equal(new StoredFirm("慈溪市海晨照明有限公司", "海晨照明", "新兴大道", "lighting", "green", 1), await FirmAsync(CodeA));
        Assert.Equal(new StoredFirm("宁波博远汽配有限公司", "博远", "兴慈二路", "auto_parts", "orange", 2), await FirmAsync(CodeB));
        Assert.Equal(new StoredFirm("慈溪市金帆化纤厂", "金帆化纤", "滨海四路", "chemical_fibre", "red", 6), await FirmAsync(CodeC));
    }

    [DatabaseFact]
    public async Task The_optional_english_name_is_stored_found_by_the_search_and_cleared_when_the_roster_leaves_it_out()
    {
        string[] withEnglish =
        [
            EnglishHeader + ",English name",
            $"{CodeA},慈溪市海晨照明有限公司,,慈溪滨海经济开发区新兴大道300号,,灯具,绿,1,\"Cixi Haichen Lighting Co., Ltd.\"",
        ];
        await ImportAsync(_files.Csv("english-names.csv", withEnglish));

        var found = new FirmIndex(await ListingsAsync()).Search("haichen lighting");
        Assert.Equal(("慈溪市海晨照明有限公司", "Cixi Haichen Lighting Co., Ltd."), (found.Single!.Name, found.Single.EnglishName));

        var again = await ImportAsync(_files.Csv("no-english.csv", GoodRows(ChineseHeader)));
        Assert.Equal(1, again.Tally(ImportedKind.Firm).Updated);
        Assert.DoesNotContain(await ListingsAsync(), firm => firm.EnglishName is not null && firm.CreditCode == CodeA);
    }

    private async Task<IReadOnlyList<FirmListing>> ListingsAsync()
    {
        await using var connection = await _database.Database.OpenAsync();
        return [.. await connection.QueryAsync<FirmListing>(
            "SELECT id AS Id, credit_code AS CreditCode, name AS Name, short_name AS ShortName, road AS Road, grid_id AS GridId, english_name AS EnglishName FROM firms")];
    }

    [DatabaseFact]
    public async Task Chinese_and_English_headers_read_the_same()
    {
        var chinese = RosterReader.Read(_files.Csv("chinese.csv", GoodRows(ChineseHeader)));
        var english = RosterReader.Read(_files.Csv("english.csv", GoodRows(EnglishHeader)));

        var result = await new FirmImporter(_database.Database).ImportAsync(english, skipInvalid: false);
        var again = await new FirmImporter(_database.Database).ImportAsync(chinese, skipInvalid: false);

        Assert.Equal(3, result.Tally(ImportedKind.Firm).Added);
        Assert.Equal(new ImportTally(ImportedKind.Firm, 0, 0, 3), again.Tally(ImportedKind.Firm));
    }

    [DatabaseFact]
    public async Task An_xlsx_file_is_read_like_a_csv_file_with_numbers_as_numbers()
    {
        var result = await ImportAsync(_files.Xlsx("firms.xlsx", GoodRows(ChineseHeader)));

        Assert.Equal(3, result.Tally(ImportedKind.Firm).Added);
        Assert.Equal(new StoredFirm("慈溪市海晨照明有限公司", "海晨照明", "新兴大道", "lighting", "green", 1), await FirmAsync(CodeA));
    }

    [DatabaseFact]
    public async Task A_file_with_bad_rows_writes_nothing_and_says_why_for_each_row()
    {
        string[] rows =
        [
            ChineseHeader,
            $"{CodeA},慈溪市海晨照明有限公司,,新兴大道300号,,灯具,绿,1",              // 2: good
            $"{CodeB[..^1]}X,宁波博远汽配有限公司,,兴慈二路9号,,汽配,橙,2",           // 3: check character
            "91330282MA2XX00,慈溪市甲厂,,滨海一路1号,,电器,黄,1",                       // 4: length
            "91330282MA2XX00I12,慈溪市乙厂,,滨海一路2号,,电器,黄,1",                     // 5: character I
            $"{CodeC},慈溪市丙厂,,滨海一路3号,,电器,黄,99",                             // 6: unknown grid
            $"{CodeC},慈溪市丁厂,,滨海一路4号,,电器,黄,1",                              // 7: same code as row 6
            $"{RosterFiles.Code("91330282MA2XX0004")},慈溪市戊厂,,滨海一路5号,,电器,紫,1",   // 8: colour
            $"{RosterFiles.Code("91330282MA2XX0005")},慈溪市己厂,,滨海一路6号,,纺织,绿,1",   // 9: industry
            $"{RosterFiles.Code("91330282MA2XX0006")},,,滨海一路7号,,电器,绿,1",            // 10: no name
        ];

        var result = await ImportAsync(_files.Csv("bad.csv", rows));

        Assert.False(result.Written);
        Assert.Equal(DemoFirms, await CountFirmsAsync());
        Assert.Equal(
        [
            (3, ImportProblem.BadCreditCode), (4, ImportProblem.BadCreditCode), (5, ImportProblem.BadCreditCode),
            (6, ImportProblem.UnknownGrid), (6, ImportProblem.DuplicateCreditCode), (7, ImportProblem.DuplicateCreditCode),
            (8, ImportProblem.BadColour), (9, ImportProblem.UnknownIndustry), (10, ImportProblem.MissingValue),
        ], result.Rejections.Select(rejection => (rejection.RowNumber, rejection.Problem)));
        Assert.Contains("check character", Message(result, 3));
        Assert.Contains("characters, not 18", Message(result, 4));
        Assert.Contains("character check", Message(result, 5));
        Assert.Contains("also on row 7", Message(result, 6, ImportProblem.DuplicateCreditCode));
        Assert.Contains("紫", Message(result, 8));
        Assert.Contains("纺织", Message(result, 9));
        Assert.Contains("企业名称", Message(result, 10));
        Assert.Equal((9, 8), (result.Rows, result.RejectedRows));
    }

    [DatabaseFact]
    public async Task Skip_invalid_writes_the_good_rows_only()
    {
        string[] rows =
        [
            ChineseHeader,
            $"{CodeA},慈溪市海晨照明有限公司,,新兴大道300号,,灯具,绿,1",
            $"{CodeB},宁波博远汽配有限公司,,兴慈二路9号,,汽配,粉,2",
            $"{CodeC},慈溪市金帆化纤厂,,滨海四路1号,,化纤,红,6",
        ];

        var result = await new FirmImporter(_database.Database).ImportAsync(RosterReader.Read(_files.Csv("mixed.csv", rows)), skipInvalid: true);

        Assert.True(result.Written);
        Assert.Equal([3], result.Rejections.Select(rejection => rejection.RowNumber));
        Assert.Equal(2, result.Tally(ImportedKind.Firm).Added);
        Assert.Equal(DemoFirms + 2, await CountFirmsAsync());
        Assert.Null(await FirmOrNullAsync(CodeB));
    }

    [DatabaseFact]
    public async Task A_reimport_updates_changed_firms_and_adds_none()
    {
        await ImportAsync(_files.Csv("first.csv", GoodRows(ChineseHeader)));
        string[] changed =
        [
            ChineseHeader,
            $"{CodeA},慈溪市海晨光电有限公司,,慈溪滨海经济开发区新兴大道300号,,灯具,绿,1",
            $"{CodeB},宁波博远汽配有限公司,博远,慈溪滨海经济开发区兴慈二路9号,兴慈二路,auto_parts,红,2号网格",
            $"{CodeC},慈溪市金帆化纤厂,,慈溪滨海经济开发区滨海四路1号,滨海四路,化纤,red,6",
        ];

        var result = await ImportAsync(_files.Csv("second.csv", changed));

        Assert.Equal(new ImportTally(ImportedKind.Firm, 0, 2, 1), result.Tally(ImportedKind.Firm));
        Assert.Equal(DemoFirms + 3, await CountFirmsAsync());
        var renamed = await FirmAsync(CodeA);
        Assert.Equal(("慈溪市海晨光电有限公司", "海晨光电"), (renamed.Name, renamed.ShortName));
        Assert.Equal("red", (await FirmAsync(CodeB)).Colour);
    }

    [DatabaseFact]
    public async Task A_demo_firm_in_the_roster_is_updated_in_place()
    {
        const string demoCode = "91330282MA2M5YAU27"; // 慈溪市荣隆厨具厂, grid 1 in the demo data
        string[] rows = [ChineseHeader, $"{demoCode},慈溪市荣隆厨具有限公司,,新兴大道18号,新兴大道,厨具,黄,1"];

        var result = await ImportAsync(_files.Csv("demo.csv", rows));

        Assert.Equal(new ImportTally(ImportedKind.Firm, 0, 1, 0), result.Tally(ImportedKind.Firm));
        Assert.Equal(DemoFirms, await CountFirmsAsync());
        Assert.Equal(new StoredFirm("慈溪市荣隆厨具有限公司", "荣隆厨具", "新兴大道", "kitchenware", "yellow", 1), await FirmAsync(demoCode));
    }

    [DatabaseFact]
    public async Task A_file_without_a_required_column_is_refused_before_any_row()
    {
        var table = RosterReader.Read(_files.Csv("no-colour.csv", ["统一社会信用代码,企业名称,地址,行业,网格", $"{CodeA},甲,乙,灯具,1"]));

        var error = await Assert.ThrowsAsync<RosterFormatException>(() => new FirmImporter(_database.Database).ImportAsync(table, skipInvalid: true));

        Assert.Contains("颜色", error.Message);
        Assert.Equal(DemoFirms, await CountFirmsAsync());
    }

    [DatabaseFact]
    public async Task Two_imports_of_one_file_at_once_add_the_firms_once()
    {
        var path = _files.Csv("firms.csv", GoodRows(ChineseHeader));

        var results = await AtOnce.RunAsync(2, _ => ImportAsync(path));

        Assert.Equal(
            [new ImportTally(ImportedKind.Firm, 0, 0, 3), new ImportTally(ImportedKind.Firm, 3, 0, 0)],
            results.Select(result => result.Tally(ImportedKind.Firm)).OrderBy(tally => tally.Added));
        Assert.Equal(DemoFirms + 3, await CountFirmsAsync());
    }

    [DatabaseFact]
    public async Task Progress_is_reported_every_hundred_rows_and_at_the_end()
    {
        var rows = new List<string> { ChineseHeader };
        for (var i = 0; i < 250; i++)
        {
            rows.Add($"{RosterFiles.Code($"91330282MA3{i:000000}")},慈溪市测试{i}电器有限公司,,新兴大道{i}号,,电器,绿,{i % 10 + 1}");
        }
        var reports = new List<ImportProgress>();

        await new FirmImporter(_database.Database).ImportAsync(
            RosterReader.Read(_files.Csv("many.csv", rows)), skipInvalid: false, new InlineProgress(reports.Add));

        Assert.Equal([new(100, 250), new(200, 250), new(250, 250)], reports);
    }

    private Task<ImportResult> ImportAsync(string path) =>
        new FirmImporter(_database.Database).ImportAsync(RosterReader.Read(path), skipInvalid: false);

    private static string Message(ImportResult result, int row, ImportProblem? problem = null) =>
        result.Rejections.First(rejection => rejection.RowNumber == row && (problem is null || rejection.Problem == problem)).Message;

    private async Task<long> CountFirmsAsync()
    {
        await using var connection = await _database.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM firms");
    }

    private async Task<StoredFirm> FirmAsync(string creditCode) =>
        await FirmOrNullAsync(creditCode) ?? throw new Xunit.Sdk.XunitException($"No firm {creditCode}.");

    private async Task<StoredFirm?> FirmOrNullAsync(string creditCode)
    {
        await using var connection = await _database.Database.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<StoredFirm>("""
            SELECT f.name AS Name, f.short_name AS ShortName, f.road AS Road, f.industry AS Industry, f.colour AS Colour, g.number AS Grid
            FROM firms AS f JOIN grids AS g ON g.id = f.grid_id
            WHERE f.credit_code = @creditCode
            """, new { creditCode });
    }

    private sealed record StoredFirm(string Name, string ShortName, string? Road, string Industry, string Colour, long Grid);

    private sealed class InlineProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
