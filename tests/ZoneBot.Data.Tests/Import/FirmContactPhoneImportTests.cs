using Dapper;
using ZoneBot.Data;
using ZoneBot.Data.Import;
using ZoneBot.Testing;

namespace ZoneBot.Data.Tests.Import;

public sealed class SqliteFirmContactPhoneImportTests : FirmContactPhoneImportTests<SqliteProvider>;

public sealed class PostgresFirmContactPhoneImportTests : FirmContactPhoneImportTests<PostgresProvider>;

/// <summary>The roster's contact phone column (where membership codes go by SMS): read in either language, checked, stored as digits.</summary>
public abstract class FirmContactPhoneImportTests<TProvider> : IAsyncLifetime
    where TProvider : TestProvider, new()
{
    private static readonly string CodeA = RosterFiles.Code("91330282MA2XY0001");
    private static readonly string CodeB = RosterFiles.Code("91330282MA2XY0002");

    private readonly SeededDatabase<TProvider> _database = new();
    private readonly RosterFiles _files = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _files.Dispose();
    }

    [DatabaseFact]
    public async Task Contact_phones_in_any_common_spacing_are_stored_as_digits_and_an_empty_one_as_none()
    {
        var path = _files.Xlsx("firms.xlsx",
        [
            "统一社会信用代码,企业名称,地址,行业,颜色,网格,联系电话",
            $"{CodeA},慈溪市海晨照明有限公司,慈溪滨海经济开发区新兴大道300号,灯具,绿,1,138 0574 1234",
            $"{CodeB},宁波博远汽配有限公司,慈溪滨海经济开发区兴慈二路9号,汽配,橙,2,",
        ]);

        var result = await new FirmImporter(_database.Database).ImportAsync(RosterReader.Read(path), skipInvalid: false);

        Assert.Equal(2, result.Tally(ImportedKind.Firm).Added);
        Assert.Equal("13805741234", await PhoneAsync(CodeA));
        Assert.Null(await PhoneAsync(CodeB));
    }

    [DatabaseFact]
    public async Task An_English_header_reads_the_same_and_a_bad_phone_rejects_its_row()
    {
        var path = _files.Csv("firms.csv",
        [
            "Credit code,Name,Address,Industry,Colour,Grid,Contact phone",
            $"{CodeA},慈溪市海晨照明有限公司,慈溪滨海经济开发区新兴大道300号,lighting,green,1,0574-6301 2345",
            $"{CodeB},宁波博远汽配有限公司,慈溪滨海经济开发区兴慈二路9号,auto_parts,orange,2,12345",
        ]);

        var result = await new FirmImporter(_database.Database).ImportAsync(RosterReader.Read(path), skipInvalid: true);

        var rejected = Assert.Single(result.Rejections);
        Assert.Equal((3, ImportProblem.BadPhone), (rejected.RowNumber, rejected.Problem));
        Assert.Contains("contact phone '12345'", rejected.Message);
        Assert.Equal("057463012345", await PhoneAsync(CodeA));
    }

    private async Task<string?> PhoneAsync(string creditCode)
    {
        await using var connection = await _database.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<string?>("SELECT contact_phone FROM firms WHERE credit_code = @creditCode", new { creditCode });
    }
}
